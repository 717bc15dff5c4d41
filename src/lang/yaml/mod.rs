//! YAML: checked with `saphyr-parser` (YAML 1.2, every stream of the
//! yaml-test-suite right: `backend.rs`). A key twice in one mapping is a
//! `duplicate-key` error (the spec requires unique keys); tabs in
//! indentation are syntax errors; anchors, aliases, tags, block scalars and
//! multi-document streams are YAML like any other.

mod backend;
mod ends;

pub use backend::{Yaml, BACKEND};

use super::LineTell;

/// Top-level keys that open the YAML formats models write most (an OpenAPI
/// document, a Kubernetes manifest, a workflow, a compose file).
const FORMAT_KEYS: &[&str] = &[
    "openapi:",
    "swagger:",
    "apiVersion:",
    "jobs:",
    "services:",
    "stages:",
    "runs-on:",
];

pub fn tells(raw: &str, t: &str, out: &mut Vec<LineTell>) {
    if FORMAT_KEYS.iter().any(|k| {
        raw.starts_with(k)
            && raw[k.len()..]
                .chars()
                .next()
                .is_none_or(|c| c == ' ' || c == '\n' || c == '\r')
            && !raw.contains(" = ")
    }) {
        out.push(("a top-level key of a known YAML format", 3));
    }
    if t == "---" {
        out.push(("a YAML document start `---`", 2));
    }
    if let Some((key, rest)) = t.split_once(':') {
        let key_ok = !key.is_empty()
            && key
                .chars()
                .all(|c| c.is_alphanumeric() || matches!(c, '_' | '-' | '.' | '"' | '\''));
        let rest_ok = rest.is_empty() || rest.starts_with(' ');
        if key_ok
            && rest_ok
            && !t.ends_with([';', ',', '{', '['])
            && !t.contains(" = ")
            && !t.contains('(')
        {
            out.push(("a YAML `key: value` line", 1));
        }
    }
    if t.starts_with("- ")
        && (t.contains(": ") || t.ends_with(':') || t.split_whitespace().count() <= 2)
    {
        out.push(("a YAML list item", 1));
    }
}
