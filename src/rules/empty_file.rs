//! # empty-file
//!
//! The file has no content, or only white space.
//!
//! **Why.** A model that fails mid-way sometimes writes nothing at all; an
//! empty file where there was code is a lost file.
//!
//! **Severity.** An error when the previous version had content; a warning
//! for a new or already empty file; nothing for files that are empty by
//! convention (`__init__.py`, `py.typed`: the `empty-ok` list of each
//! language in `grammars/<lang>/language.toml`).
//!
//! **Example.** A `models.py` of three blank lines.

/// The rule's registry entry (`rules/mod.rs`).
pub const META: crate::rules::RuleMeta = crate::rules::RuleMeta {
    id: "empty-file",
    severity: crate::diagnostic::Severity::Error,
    summary: "no content, or only white space",
    sarif_name: "EmptyFile",
    tags: &["correctness", "generated-code"],
};

use crate::diagnostic::{Finding, Severity};
use crate::language::Language;
use crate::rules::Rule;

/// `previous_had_content`: `Some(true)` when the previous version had
/// content, `Some(false)` when it was empty, `None` when there is none.
/// Whether `text` holds nothing but white space (and a byte order mark).
pub fn is_blank(text: &str) -> bool {
    text.trim_start_matches('\u{feff}').trim().is_empty()
}

pub fn check(
    text: &str,
    file_name: &str,
    language: Option<Language>,
    previous_had_content: Option<bool>,
) -> Option<Finding> {
    if !is_blank(text) {
        return None;
    }
    if let Some(lang) = language {
        if lang.spec().empty_ok.iter().any(|n| n == file_name) {
            return None;
        }
    }
    let what = if text.is_empty() {
        "the file is empty"
    } else {
        "the file holds only white space"
    };
    Some(match previous_had_content {
        Some(true) => Finding::new(
            Rule::EmptyFile,
            None,
            format!("{what}, but its previous version had content"),
        ),
        _ => Finding::new(Rule::EmptyFile, None, what.to_string()).with_severity(Severity::Warning),
    })
}
