//! Kotlin: recognised in content (`language-mismatch`), not checked.

use super::{dotted, first_word, ident};
use crate::lang::LineTell;

pub fn tells(_raw: &str, t: &str, out: &mut Vec<LineTell>) {
    let decl = ["private ", "override ", "suspend ", "internal ", "public "]
        .iter()
        .fold(t, |s, p| s.strip_prefix(p).unwrap_or(s));
    if let Some(rest) = decl.strip_prefix("fun ") {
        if ident(first_word(rest.trim_start_matches('<'), &['(', '<', '.'])) || rest.contains('(') {
            out.push(("a Kotlin `fun`", 4));
        }
    }
    if decl.starts_with("data class ") || decl.starts_with("object ") && t.ends_with('{') {
        out.push(("a Kotlin `data class`/`object`", 5));
    }
    if let Some(name) = t.strip_prefix("package ") {
        if dotted(name.trim()) {
            out.push(("a Kotlin `package`", 3));
        }
    }
    if decl.starts_with("val ") && (t.contains(" = ") || t.contains(": ")) {
        out.push(("a Kotlin `val`", 2));
    }
}
