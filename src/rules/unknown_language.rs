//! # unknown-language
//!
//! No grammar is known for this file, so it was not parsed (severity info;
//! the file is accepted).
//!
//! **Why.** Saying so beats a silent pass: a file named on the command line
//! that gencheck cannot check should not look checked.
//!
//! **How.** The language comes from `--lang`, else the file's name or
//! extension, else a `#!` line, as the registry in `grammars/` describes.
//! When walking a directory, files of unknown languages are skipped without
//! a finding.

/// The rule's registry entry (`rules/mod.rs`).
pub const META: crate::rules::RuleMeta = crate::rules::RuleMeta {
    id: "unknown-language",
    severity: crate::diagnostic::Severity::Info,
    summary: "no grammar is known for this file; it was not parsed",
    sarif_name: "UnknownLanguage",
    tags: &["coverage"],
};

use crate::diagnostic::Finding;
use crate::language::Language;
use crate::rules::Rule;

/// A file of a language gencheck recognises in content but does not check.
pub fn not_checked(file_name: &str, language: Language) -> Finding {
    Finding::new(
        Rule::UnknownLanguage,
        None,
        format!(
            "`{file_name}` is {}, which gencheck recognises but does not check yet; it was not parsed",
            language.spec().display_name
        ),
    )
}

pub fn finding(file_name: &str) -> Finding {
    Finding::new(
        Rule::UnknownLanguage,
        None,
        format!(
            "no language is known for `{file_name}`; it was not checked (use --lang to force one)"
        ),
    )
}
