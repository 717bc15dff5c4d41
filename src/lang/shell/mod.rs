//! Shell: checked by the shell itself (`bash -n`: `backend.rs`);
//! tree-sitter-bash gives strings, comments and the definitions query.

mod backend;

pub use backend::{Shell, BACKEND};

use super::LineTell;

pub fn tells(_raw: &str, t: &str, out: &mut Vec<LineTell>) {
    if t.starts_with("#!") && (t.contains("sh") || t.contains("bash")) && !t.contains("python") {
        out.push(("a shell `#!` line", 6));
    }
    if t.starts_with("set -") && t.len() <= 24 {
        out.push(("`set -e`-style shell options", 3));
    }
    if t == "fi"
        || t == "done"
        || t == "esac"
        || t == "then"
        || t.ends_with("; then")
        || t.ends_with("; do")
    {
        out.push(("a shell block keyword", 2));
    }
    if [
        "echo ", "export ", "source ", "apt-get ", "sudo ", "mkdir -p", "cd \"$", "chmod ",
    ]
    .iter()
    .any(|k| t.starts_with(k))
    {
        out.push(("a shell command", 1));
    }
}
