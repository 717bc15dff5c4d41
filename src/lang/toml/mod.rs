//! TOML: checked with the `toml` crate's parser (TOML 1.1, what Cargo
//! reads: `backend.rs`), whose lexer (`toml_parser`) also gives the strings,
//! comments and brackets the rules need.
//!
//! TOML forbids a key defined twice in one table: that is a
//! `duplicate-key` error. A table header that redefines a table (`[package]`
//! twice) is a `syntax-error`, as TOML calls it.

mod backend;

pub use backend::{Toml, BACKEND};

use super::LineTell;

/// Whether `key` is a bare or dotted TOML key (`serde-json`, `tool.ruff`).
pub(crate) fn bare_key(key: &str) -> bool {
    !key.is_empty()
        && key
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'.'))
        && !key.starts_with('.')
        && !key.ends_with('.')
}

/// Table headers (`[package]`, `[[bin]]`) and `key = value` lines whose
/// value is written the TOML way. A key with a `-` (`serde-json = "1"`) is
/// no identifier in Python or JavaScript: it weighs more.
pub fn tells(_raw: &str, t: &str, out: &mut Vec<LineTell>) {
    if let Some(inner) = t.strip_prefix("[[").and_then(|r| r.strip_suffix("]]")) {
        if bare_key(inner.trim()) {
            out.push(("a TOML array-of-tables header `[[...]]`", 2));
        }
        return;
    }
    if let Some(inner) = t.strip_prefix('[').and_then(|r| r.strip_suffix(']')) {
        let inner = inner.trim();
        if bare_key(inner) && inner.bytes().any(|b| b.is_ascii_alphabetic()) {
            let dotted_or_dashed = inner.contains('.') || inner.contains('-');
            out.push(("a TOML table header `[...]`", 1 + dotted_or_dashed as u32));
        }
        return;
    }
    let Some((key, value)) = t.split_once(" = ") else {
        return;
    };
    let key = key.trim();
    let value = value.trim();
    // (A quoted key, `"@aws-cdk/core:target" = true`: JSON and Python
    // write `:` after theirs.)
    let quoted = key.len() >= 2
        && key.starts_with('"')
        && key.ends_with('"')
        && !key[1..key.len() - 1].contains('"');
    if !bare_key(key) && !quoted {
        return;
    }
    let tomlish = value.starts_with('"') && value.ends_with('"') && value.len() >= 2
        || value.starts_with('\'') && value.ends_with('\'') && value.len() >= 2
        || value == "true"
        || value == "false"
        || (value.starts_with('[') && (value.ends_with(']') || value == "["))
        || (value.starts_with('{') && value.ends_with('}') && value.contains(" = "));
    if tomlish {
        out.push(("a TOML `key = value` line", 1 + key.contains('-') as u32));
    }
}
