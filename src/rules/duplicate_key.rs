//! # duplicate-key
//!
//! One mapping holds the same key twice.
//!
//! **Why.** Asked to add a setting or a dependency, models append a member
//! that the object already has, or merge two versions of it. YAML and TOML
//! forbid it (TOML's parser reports it; a TOML table header defined twice
//! is a `syntax-error`); JSON (RFC 8259) only says names SHOULD be unique, and every
//! consumer silently keeps one of the two (most the last), so a value the
//! author meant disappears without an error.
//!
//! **How.** The language's parse lists every key of every object; a key
//! an object already holds (after decoding escapes: `"\u0061"` is `"a"`) is
//! reported at its second occurrence, with a label at the first. The
//! severity is the language's: a warning in JSON and JSONC, whose grammar
//! allows duplicates.
//!
//! **Example.**
//!
//! ```text
//! {
//!   "name": "web",
//!   "version": "1.4.0",
//!   "version": "1.5.0"
//! }
//! ```
//!
//! **Leaves alone.** The same key in different objects, or in two
//! documents of a JSON Lines file; a key repeated inside a merge conflict's
//! two sides (`merge-conflict` reports the conflict).

/// The rule's registry entry (`rules/mod.rs`).
pub const META: crate::rules::RuleMeta = crate::rules::RuleMeta {
    id: "duplicate-key",
    severity: crate::diagnostic::Severity::Error,
    summary: "one mapping holds the same key twice; consumers silently keep only one",
    sarif_name: "DuplicateKey",
    tags: &["correctness", "data"],
};

use crate::analysis::Analysis;
use crate::diagnostic::{Finding, Span};
use crate::rules::Rule;

/// One finding per repeated key, at the repetition, except inside the
/// merge conflicts `conflicts` (the blocks `merge-conflict` reported).
pub fn find(text: &str, analysis: &Analysis, conflicts: &[Span]) -> Vec<Finding> {
    analysis
        .duplicate_keys
        .iter()
        .filter(|d| {
            !conflicts
                .iter()
                .any(|c| c.start <= d.span.start && d.span.start < c.end)
        })
        .map(|d| {
            let written = &text[d.span.start..d.span.end];
            let shown = if written.starts_with(['"', '\'']) {
                written.to_string()
            } else {
                format!("`{written}`")
            };
            let container = d.container;
            Finding::new(
                Rule::DuplicateKey,
                Some(d.span),
                format!("the key {shown} is already in this {container}: readers keep only one of the two values"),
            )
            .with_severity(d.severity)
            .with_label(d.first, "first here")
            .with_help("keep one of the two members")
        })
        .collect()
}

