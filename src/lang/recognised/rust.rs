//! Rust: recognised in content (`language-mismatch`), not checked.

use crate::lang::LineTell;

pub fn tells(_raw: &str, t: &str, out: &mut Vec<LineTell>) {
    let item = [
        "pub(crate) ",
        "pub(super) ",
        "pub ",
        "async ",
        "const ",
        "unsafe ",
    ]
    .iter()
    .fold(t, |s, p| s.strip_prefix(p).unwrap_or(s));
    if item.starts_with("fn ") && item.contains('(') && !t.ends_with(':') {
        out.push(("a Rust `fn`", 4));
    }
    if t.starts_with("use ") && t.contains("::") && t.ends_with(';') {
        out.push(("a Rust `use` path", 4));
    }
    if t.starts_with("#[derive(") || t.starts_with("#[cfg(") || t.starts_with("#![") {
        out.push(("a Rust attribute", 5));
    }
    if (t.starts_with("impl ") || t.starts_with("impl<")) && t.ends_with('{') {
        out.push(("a Rust `impl` block", 4));
    }
    if t.starts_with("let mut ") || t.contains("println!(") || t.contains("format!(") {
        out.push(("Rust's `let mut`/macros", 3));
    }
    if (item.starts_with("struct ") || item.starts_with("enum ") || item.starts_with("mod "))
        && t.starts_with("pub")
    {
        out.push(("a Rust `pub` item", 3));
    }
}
