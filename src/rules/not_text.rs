//! # not-text
//!
//! The file is binary, or is not valid text in its encoding.
//!
//! **Why.** A source file must be text the language's tools can read. Models
//! and the pipelines around them sometimes write the wrong encoding, binary
//! junk, or NUL bytes.
//!
//! **How.** A NUL byte in the first 8,000 bytes means binary (git's rule).
//! Otherwise the file must be UTF-8 (a byte order mark is allowed). A Python
//! file may declare another encoding on its first two lines (PEP 263,
//! `# -*- coding: latin-1 -*-`) and is then decoded with it. SQL with a
//! UTF-16 byte order mark (what SQL Server Management Studio saves) is
//! decoded as UTF-16. The finding points at the first offending byte.
//!
//! **Leaves alone.** Nothing: a file that cannot be read cannot be checked,
//! and this finding cannot be suppressed.

/// The rule's registry entry (`rules/mod.rs`).
pub const META: crate::rules::RuleMeta = crate::rules::RuleMeta {
    id: "not-text",
    severity: crate::diagnostic::Severity::Error,
    summary: "binary, or not valid UTF-8",
    sarif_name: "NotText",
    tags: &["correctness", "generated-code"],
};

use crate::diagnostic::{Finding, Span};
use crate::rules::Rule;
use crate::text::NotText;

pub fn finding(not_text: &NotText) -> Finding {
    Finding::new(
        Rule::NotText,
        not_text.offset.map(Span::empty),
        not_text.message.clone(),
    )
}
