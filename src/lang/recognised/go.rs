//! Go: recognised in content (`language-mismatch`), not checked.

use super::{first_word, ident};
use crate::lang::LineTell;

pub fn tells(_raw: &str, t: &str, out: &mut Vec<LineTell>) {
    // `package main`: no dots (Java's and Kotlin's have them), no `;`.
    if let Some(name) = t.strip_prefix("package ") {
        if ident(name.trim()) {
            out.push(("a Go `package` clause", 6));
        }
    }
    if t == "import (" || (t.starts_with("import \"") && t.ends_with('"') && !t.contains("./")) {
        out.push(("a Go import", 3));
    }
    if let Some(rest) = t.strip_prefix("func ") {
        // `func main() {`, `func (s *Server) Start(ctx context.Context) error {`
        let receiver = rest.starts_with('(');
        let named = ident(first_word(rest, &['(', '[']));
        if (receiver || named) && rest.contains('(') && !t.ends_with(';') {
            out.push(("a Go `func`", 4));
        }
    }
    if t.starts_with("type ") && (t.ends_with(" struct {") || t.ends_with(" interface {")) {
        out.push(("a Go `type ... struct`", 4));
    }
    if t == "if err != nil {" || t.starts_with("if err := ") {
        out.push(("Go's `if err != nil`", 4));
    }
    if t.contains(" := ") && !t.ends_with(';') && !t.ends_with(':') {
        out.push(("a Go `:=` declaration", 1));
    }
    if t.starts_with("defer ") || t.starts_with("go func(") {
        out.push(("a Go `defer`/`go` statement", 2));
    }
}
