//! JSON and JSONC: checked with serde_json's parser (RFC 8259, exactly:
//! `verdict.rs`), and a scan of the bytes for what the rules need
//! (`scan.rs`): strings and comments, what is open at the end, repeated
//! keys, the lines that are no JSON at all.
//!
//! JSONC (`tsconfig.json`, VS Code settings, `*.jsonc`) is JSON with `//`
//! and `/* */` comments and trailing commas: the scan blanks those out and
//! the same strict parser reads the rest. JSON Lines (`.jsonl`, `.ndjson`)
//! is one document per non-blank line. JSON5 is neither and is not checked.

mod backend;
pub(crate) mod scan;
mod verdict;

pub use backend::{Json, BACKEND, JSONC_BACKEND};

use super::LineTell;

/// JSONC is never what other content is detected as: JSON is (stricter),
/// and JSONC's lenient parse would take a Python literal with trailing
/// commas (`{"a": 1,}` is valid Python) for JSONC.
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
