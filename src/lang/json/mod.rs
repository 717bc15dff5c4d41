//! JSON, JSONC and JSON5: JSON and JSONC are checked with serde_json's
//! parser (RFC 8259, exactly: `verdict.rs`), JSON5 with a strict reader of
//! its own (`json5.rs`); a scan of the bytes (`scan.rs`) finds what the rules
//! need: strings and comments, what is open at the end, repeated keys, the
//! lines that are no JSON at all.
//!
//! JSONC (`tsconfig.json`, VS Code settings, `*.jsonc`) is JSON with `//`
//! and `/* */` comments and trailing commas: the scan blanks those out and
//! the same strict parser reads the rest. JSON Lines (`.jsonl`, `.ndjson`)
//! is one document per non-blank line. JSON5 (`*.json5`, Babel's `.babelrc`
//! and `babel.config.json`, which Babel reads with the `json5` package) is
//! ECMAScript 5's object literal syntax: JSONC plus single quotes, unquoted
//! keys, hexadecimal numbers and more.

mod backend;
pub(crate) mod json5;
pub(crate) mod scan;
mod verdict;

pub use backend::{Json, BACKEND, JSON5_BACKEND, JSONC_BACKEND};

/// Which JSON a backend reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Flavor {
    /// RFC 8259 (and JSON Lines by extension).
    Json,
    /// JSON with comments and trailing commas.
    Jsonc,
    /// JSON5 (spec.json5.org).
    Json5,
}

use super::LineTell;

/// JSONC is never what other content is detected as: JSON is (stricter),
/// and JSONC's lenient parse would take a Python literal with trailing
/// commas (`{"a": 1,}` is valid Python) for JSONC. JSON5 neither: it reads
/// most JavaScript object literals.
pub fn jsonc_tells(_raw: &str, _t: &str, _out: &mut Vec<LineTell>) {}

/// A line that opens with a quoted key and a `:` (after any `{` or `[`):
/// how JSON writes a member, one per line. The strict parse of the whole
/// text, not this, decides that content is JSON.
pub fn tells(_raw: &str, t: &str, out: &mut Vec<LineTell>) {
    let t = t.trim_start_matches(['{', '[', ' ', '\t']);
    let Some(rest) = t.strip_prefix('"') else {
        return;
    };
    let bytes = rest.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => i += 2,
            b'"' => break,
            _ => i += 1,
        }
    }
    if i < bytes.len() && rest[i + 1..].trim_start().starts_with(':') {
        out.push(("a JSON `\"key\": value` member", 2));
    }
}
