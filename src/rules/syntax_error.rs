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

use crate::diagnostic::Finding;
use crate::language::Language;
use crate::sql::Dialect;

/// Syntax errors in `text` (spans relative to `text`).
pub fn check(text: &str, language: Language, dialect: Dialect, is_stub: bool) -> Vec<Finding> {
    match language {
        Language::Python => crate::python::findings(text, is_stub),
        Language::Sql => crate::sql::findings(text, dialect),
    }
}
