//! # language-mismatch
//!
//! The content is another language than the file's name implies: a Django
//! model saved as `generated_1.sql`, a SQL script saved as `.py`, a JSON
//! config in a `.py`, a README in a `.sql`.
//!
//! **Why.** A model asked for one file sometimes writes another, or the
//! right content lands under the wrong name. The parser of the implied
//! language then reports hundreds of errors starting at line 1, which hides
//! what happened.
//!
//! **How.** Only when the implied language's parser rejects the file, or
//! when its first characters already point elsewhere (JSON is valid Python),
//! the content is classified: lexical tells per language (`from x import y`,
//! `CREATE TABLE`, `<!DOCTYPE html>`, `set -euo pipefail`, ...) are scored,
//! and the best candidate must also parse cleanly with its own parser
//! (ruff, PostgreSQL, serde_json, or its tree-sitter grammar). Python, SQL,
//! JavaScript, TypeScript, JSON, YAML, shell, HTML and Markdown/prose are
//! recognised. A mismatch is reported only when the evidence is clear; the
//! message names both languages and the evidence. The implied language's
//! syntax errors are then summarised, not listed, and the file is checked
//! as the detected language (its syntax errors, truncation, chatter).
//!
//! **Leaves alone.** Files the implied parser accepts, unless their start
//! points elsewhere; unclear cases (`detected_language` is null).

/// The rule's registry entry (`rules/mod.rs`).
pub const META: crate::rules::RuleMeta = crate::rules::RuleMeta {
    id: "language-mismatch",
    severity: crate::diagnostic::Severity::Error,
    summary: "the content is another language than the extension implies",
    sarif_name: "LanguageMismatch",
    tags: &["correctness", "generated-code"],
};

use crate::classify::Detection;
use crate::diagnostic::{Finding, LineIndex, Span};
use crate::language::Language;
use crate::rules::Rule;

pub fn finding(
    text: &str,
    path: &str,
    implied: Language,
    detection: &Detection,
    implied_errors: usize,
) -> Finding {
    let index = LineIndex::new(text);
    let ext = std::path::Path::new(path)
        .extension()
        .and_then(|e| e.to_str())
        .map(|e| format!("the extension .{e}"))
        .unwrap_or_else(|| "the file name".to_string());
    let evidence: Vec<String> = detection
        .evidence
        .iter()
        .map(|t| {
            let p = index.position(text, t.span.start);
            let shown: String = text[t.span.start..t.span.end].chars().take(50).collect();
            format!("{} at {}:{} (`{}`)", t.what, p.line, p.column, shown.trim())
        })
        .collect();
    let errors = if implied_errors > 0 {
        format!(
            "; the {} parser reports {implied_errors} syntax error{} (not listed)",
            implied.name(),
            if implied_errors == 1 { "" } else { "s" }
        )
    } else {
        String::new()
    };
    let span = detection
        .evidence
        .first()
        .map(|t| t.span)
        .unwrap_or(Span::new(0, 0));
    Finding::new(
        Rule::LanguageMismatch,
        Some(span),
        format!(
            "content looks like {}, but {ext} implies {}: {}; {}{errors}",
            detection.language.name(),
            implied.name(),
            evidence.join(", "),
            detection.parse_note,
        ),
    )
    .with_help(format!(
        "save the content under the right name, or regenerate the {} file",
        implied.name()
    ))
}
