//! Shell: checked by the shell itself (`bash -n`: `backend.rs`);
//! tree-sitter-bash gives strings, comments and the definitions query.

mod backend;

pub(crate) use backend::bash_open_at_end;
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
    // `STAMP=$(date +%Y%m%d)`, `DIR="${1:-/tmp}"`: an assignment from a
    // command substitution or a parameter expansion.
    if let Some((name, value)) = t.split_once('=') {
        let name = name.strip_prefix("local ").unwrap_or(name);
        if !name.is_empty()
            && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
            && ["$(", "\"$(", "${", "\"${", "`"]
                .iter()
                .any(|p| value.starts_with(p))
        {
            out.push(("a shell assignment from `$(...)`/`${...}`", 3));
        }
    }
    // `find "$BACKUP_DIR" -name '*.dump' -delete`: a command word, then a
    // quoted expansion among its arguments (other languages end such
    // lines with `;` or call with parentheses).
    let command = t.split_whitespace().next().unwrap_or("");
    if command.starts_with(|c: char| c.is_ascii_lowercase())
        && command
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_')
        && ![
            "echo", "print", "puts", "return", "my", "local", "die", "say",
        ]
        .contains(&command)
        && t.contains(" \"$")
        && !t.ends_with([';', '{', ',', '('])
        && !t.contains(" = ")
    {
        out.push(("a command with a quoted `\"$VAR\"` argument", 2));
    }
    if t.contains(" 2>&1") || t.contains(" >/dev/null") || t.contains(" > /dev/null") {
        out.push(("a shell redirection (`2>&1`, `>/dev/null`)", 2));
    }
    if (t.starts_with("if [") || t.starts_with("elif [") || t.starts_with("while ["))
        && t.contains(" ]")
    {
        out.push(("a shell `[ ... ]` test", 2));
    }
}
