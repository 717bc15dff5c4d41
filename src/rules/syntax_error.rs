//! # syntax-error
//!
//! The grammar of the file's language rejects part of it.
//!
//! **Why.** A file that does not parse cannot be imported, run or applied.
//! Models produce such files when output is cut and resumed, when a bracket
//! is never closed, or when they write a construct the language lacks.
//!
//! **How.** The verdict rests on the strictest real parser available, never
//! on tree-sitter alone (tree-sitter grammars reject much valid code and
//! accept some invalid code):
//!
//! - Python: ruff's parser, which recovers from errors, so every error in the
//!   file is reported, each with its own span. When a bracket is still open
//!   where the error occurs, the message names it and where it was opened.
//! - SQL: statement by statement, PostgreSQL's own parser for `postgres`,
//!   SQLite's own parser for `sqlite`, sqlparser for the other dialects. With
//!   the default dialect, `generic`, a statement is an error only when every
//!   engine rejects it, and the message lists the dialects tried.
//!
//! **Example.**
//!
//! ```text
//! def total(items:
//!     return sum(items)      # expected `)` to close `(` opened at 1:10
//! ```
//!
//! **Leaves alone.** Semantic errors (an unknown table, `return` outside a
//! function, an undefined name): they depend on context the file alone does
//! not give. SQL statements templated with Jinja (`{{ ref('x') }}`) are not
//! judged. psql meta-commands, `@extschema@` placeholders, MySQL `DELIMITER`
//! and T-SQL `GO` lines are understood, not reported.

/// The rule's registry entry (`rules/mod.rs`).
pub const META: crate::rules::RuleMeta = crate::rules::RuleMeta {
    id: "syntax-error",
    severity: crate::diagnostic::Severity::Error,
    summary: "the grammar of the file's language rejects part of it",
    sarif_name: "SyntaxError",
    tags: &["correctness", "syntax"],
};

use crate::analysis::{Analysis, SyntaxError};
use crate::diagnostic::{Finding, Span};
use crate::lang::FileContext;
use crate::language::Language;
use crate::lines::line_around;
use crate::rules::Rule;

/// Run the language's strict verdict over `text`; a language without a
/// backend has none (no syntax errors).
pub fn analyze(text: &str, language: Language, ctx: &FileContext<'_>) -> Analysis {
    language
        .backend()
        .map_or_else(Analysis::default, |b| b.analyze(text, ctx))
}

/// `syntax-error` findings for the errors no other rule explains.
pub fn findings(text: &str, errors: &[SyntaxError], explained: &[usize]) -> Vec<Finding> {
    errors
        .iter()
        .enumerate()
        .filter(|(i, _)| !explained.contains(i))
        .map(|(_, e)| {
            let mut message = e.message.clone();
            if let Some(hint) = splice_hint(text, e.span).filter(|_| !message.contains("looks spliced")) {
                message.push_str("; ");
                message.push_str(&hint);
            }
            let mut f = Finding::new(Rule::SyntaxError, Some(e.span), message);
            f.labels = e.labels.clone();
            f.help = e.help.clone();
            f
        })
        .collect()
}

/// Output cut and resumed elsewhere joins two places mid-token: a name
/// glued to a number (`models085`), where the name is used elsewhere and the
/// glued token nowhere else.
pub fn splice_hint(text: &str, span: Span) -> Option<String> {
    let line = line_around(text, span.start);
    let line_text = &text[line.start..line.end];
    let is_word = |c: char| c.is_alphanumeric() || c == '_';
    for token in line_text.split(|c: char| !is_word(c)) {
        let letters = token.trim_end_matches(|c: char| c.is_ascii_digit());
        let digits = token.len() - letters.len();
        if digits < 3
            || letters.len() < 2
            || !letters.chars().next().is_some_and(char::is_alphabetic)
        {
            continue;
        }
        let mut letters_elsewhere = 0;
        let mut token_count = 0;
        for w in text.split(|c: char| !is_word(c)) {
            if w == letters {
                letters_elsewhere += 1;
            } else if w == token {
                token_count += 1;
            }
        }
        if letters_elsewhere > 0 && token_count == 1 {
            return Some(format!(
                "the text looks spliced here: `{token}` joins `{letters}` to `{}`, as when output is cut and resumed mid-token",
                &token[letters.len()..]
            ));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splice_is_named() {
        let t = "from django.db import models\nclass U(models.Model):\n    username = models085, 2461937) -> None:\n";
        let at = t.find("085").unwrap();
        let hint = splice_hint(t, Span::new(at, at + 1)).unwrap();
        assert!(hint.contains("`models085` joins `models`"), "{hint}");
        assert!(splice_hint("x = utf8\nsha256 = 1\n", Span::new(0, 1)).is_none());
    }
}
