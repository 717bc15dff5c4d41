//! # encoding-mismatch
//!
//! Extension. A Python file declares an 8-bit encoding (PEP 263,
//! `# -*- coding: latin-1 -*-`) but its bytes are UTF-8 with non-ASCII
//! characters. Severity warning: Python reads the file without error, and
//! every non-ASCII character in it wrong (`café` becomes `cafÃ©`).
//!
//! **Why.** Models copy coding lines from old code into files they write in
//! UTF-8. The file parses; its strings are silently corrupt.
//!
//! **How.** The declared encoding is single-byte, and the bytes are valid
//! UTF-8 with at least one non-ASCII character: by chance that is all but
//! impossible for real 8-bit text. The finding points at the declaration
//! and names the first character read wrong.
//!
//! **Leaves alone.** Files whose bytes really are in the declared encoding,
//! and pure ASCII files (every 8-bit encoding reads them the same).

/// The rule's registry entry (`rules/mod.rs`).
pub const META: crate::rules::RuleMeta = crate::rules::RuleMeta {
    id: "encoding-mismatch",
    severity: crate::diagnostic::Severity::Warning,
    summary: "a Python file declares an 8-bit encoding, but its bytes are UTF-8",
    sarif_name: "EncodingMismatch",
    tags: &["correctness", "generated-code"],
};

use crate::diagnostic::{Finding, Span};
use crate::rules::Rule;
use crate::text::Mislabel;

pub fn finding(text: &str, m: &Mislabel) -> Finding {
    let span = crate::text::declaration_offset(text).map(|at| Span::new(at, at + "coding".len()));
    Finding::new(
        Rule::EncodingMismatch,
        span,
        format!(
            "declares `coding: {}`, but the file is UTF-8: Python will read `{}` as `{}` (delete the coding line, or save the file in {})",
            m.declared, m.meant, m.read_as, m.declared
        ),
    )
}
