//! nginx configuration: recognised in content only (`language-mismatch`:
//! a site's `server { ... }` block saved as `.yaml`), not checked.

use crate::lang::LineTell;

/// Directives of the http, server and location contexts that sites use
/// most.
const DIRECTIVES: &[&str] = &[
    "listen",
    "server_name",
    "proxy_pass",
    "proxy_set_header",
    "proxy_http_version",
    "proxy_read_timeout",
    "try_files",
    "root",
    "index",
    "rewrite",
    "add_header",
    "ssl_certificate",
    "ssl_certificate_key",
    "ssl_protocols",
    "client_max_body_size",
    "access_log",
    "error_log",
    "fastcgi_pass",
    "fastcgi_param",
    "gzip",
    "gzip_types",
    "worker_processes",
    "worker_connections",
    "keepalive_timeout",
    "sendfile",
    "expires",
    "alias",
    "upstream",
];

pub fn tells(_raw: &str, t: &str, out: &mut Vec<LineTell>) {
    // `location / {`, `location ~* \.(css|js)$ {`
    if t.starts_with("location ") && t.ends_with('{') {
        out.push(("an nginx `location` block", 4));
    }
    if matches!(t, "server {" | "http {" | "events {")
        || (t.starts_with("upstream ") && t.ends_with(" {"))
    {
        out.push(("an nginx context block", 2));
    }
    // `listen 80;`, `proxy_set_header Host $host;`
    if let Some(body) = t.strip_suffix(';') {
        let word = body.split_whitespace().next().unwrap_or("");
        if DIRECTIVES.contains(&word) && body.len() > word.len() && !body.contains(" = ") {
            out.push(("an nginx directive", 2));
        }
    }
}
