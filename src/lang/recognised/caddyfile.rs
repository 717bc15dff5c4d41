//! Caddy's Caddyfile (`example.com {` / `reverse_proxy app:8080`):
//! recognised in content only (`language-mismatch`: a site's Caddyfile
//! saved as `.yaml`), not checked.

use crate::lang::LineTell;

/// Directives only Caddy writes so.
const DIRECTIVES: &[&str] = &[
    "reverse_proxy",
    "file_server",
    "php_fastcgi",
    "encode",
    "try_files",
    "handle_path",
    "handle_errors",
    "basicauth",
    "basic_auth",
    "respond",
    "redir",
    "uri",
];

pub fn tells(_raw: &str, t: &str, out: &mut Vec<LineTell>) {
    let word = t.split_whitespace().next().unwrap_or("");
    if DIRECTIVES.contains(&word) && !t.contains(['=', ';', ':']) || word == "reverse_proxy" {
        out.push(("a Caddy directive", 3));
    }
    // `encode gzip zstd`, `root * /srv`, `handle /api/* {`
    if t == "encode gzip" || t == "encode zstd gzip" || t == "encode gzip zstd" {
        out.push(("a Caddy `encode`", 2));
    }
    if t.starts_with("root * ") || (t.starts_with("handle ") && t.ends_with(" {")) {
        out.push(("a Caddy matcher", 3));
    }
    // `tls internal`, `tls admin@example.com`
    if t == "tls internal" || (t.starts_with("tls ") && t.contains('@') && !t.contains(" =")) {
        out.push(("a Caddy `tls` directive", 3));
    }
}
