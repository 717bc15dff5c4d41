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
    // go.mod: `module github.com/acme/flags`, `go 1.22`, `require (`, and
    // its requirement lines (`github.com/go-chi/chi/v5 v5.0.12`).
    if let Some(path) = t.strip_prefix("module ") {
        let path = path.trim();
        if path.contains('.') && path.contains('/') && !path.contains(' ') {
            out.push(("a go.mod `module` line", 5));
        }
    }
    if let Some(v) = t.strip_prefix("go ") {
        if v.split('.')
            .all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_digit()))
            && v.contains('.')
        {
            out.push(("a go.mod `go` version", 3));
        }
    }
    if t == "require (" || t == "replace (" {
        out.push(("a go.mod `require (` block", 3));
    }
    let mut words = t.split_whitespace();
    if let (Some(path), Some(version)) = (words.next(), words.next()) {
        if (path.starts_with("github.com/")
            || path.starts_with("golang.org/")
            || path.starts_with("go.uber.org/")
            || path.starts_with("google.golang.org/"))
            && version.starts_with('v')
            && version[1..].starts_with(|c: char| c.is_ascii_digit())
        {
            out.push(("a go.mod requirement", 2));
        }
    }
}
