//! Languages recognised by their tells alone: no grammar, no backend.
//!
//! A model asked for a TypeScript service sometimes writes Go; asked for a
//! `setup.cfg` it writes the INI file under `.toml`. gencheck checks none
//! of these languages, but it can say what the content is. Their tells are
//! lines only that language writes (`package main` and `func (s *Server)`,
//! `<?php`, `#include <stdio.h>`, `FROM node:20 AS build`), and with no
//! parser to confirm them, `classify` names one only where the implied
//! language's parser rejects the file and the tells are many and strong:
//! the file is rejected either way, and the name says why.
//!
//! One file per language; each is a registry line with `None` for the
//! grammar and the backend (`src/language.rs`).

pub mod c;
pub mod csharp;
pub mod dockerfile;
pub mod dotenv;
pub mod go;
pub mod hcl;
pub mod ini;
pub mod java;
pub mod kotlin;
pub mod makefile;
pub mod nginx;
pub mod php;
pub mod powershell;
pub mod properties;
pub mod ruby;
pub mod rust;
pub mod xml;

/// The first word of `t` (up to a blank or one of `stop`).
pub(crate) fn first_word<'a>(t: &'a str, stop: &[char]) -> &'a str {
    let end = t
        .find(|c: char| c.is_whitespace() || stop.contains(&c))
        .unwrap_or(t.len());
    &t[..end]
}

/// Whether `w` is an identifier (`[A-Za-z_][A-Za-z0-9_]*`).
pub(crate) fn ident(w: &str) -> bool {
    let mut chars = w.chars();
    chars
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
}

/// Whether `w` is a dotted name (`com.example.app`, `java.util.List`).
pub(crate) fn dotted(w: &str) -> bool {
    w.contains('.') && w.split('.').all(|p| ident(p) || p == "*")
}
