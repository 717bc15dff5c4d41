//! # unverified-statement
//!
//! A SQL statement that no engine gencheck has could parse, where the
//! engines stopped at a keyword of some dialect (severity info; the file is
//! accepted).
//!
//! **Why.** Only PostgreSQL and SQLite are checked by their own parsers.
//! Other dialects are checked by sqlparser, which lacks much real syntax
//! (DuckDB's `PIVOT` and `SUMMARIZE`, Snowflake's `CREATE STREAM`, T-SQL
//! procedure parameters, ...). Rejecting such a statement would reject valid
//! code; passing it silently would claim a check that did not happen. So it
//! is reported as not verified.
//!
//! **How.** With `--dialect postgres` or `sqlite` the real engine's verdict
//! stands and this rule never fires. Otherwise the SQL backend
//! (`src/lang/sql/`) decides, for a statement every engine rejects:
//!
//! - the engine that read furthest stops at a keyword outside the core of
//!   SQL (sqlparser's keyword list plus `grammars/sql/dialect-keywords.txt`),
//!   or just after such a word: unverified;
//! - else the rejection stands only on evidence that no dialect allows:
//!   PostgreSQL and SQLite stop where the furthest engine stops (within a
//!   token), a doubled core keyword (`FROM FROM`), an empty list item, or a
//!   statement broken in its structure (an unclosed bracket or quote, a
//!   misspelt core keyword, a spliced token). Without any of these the
//!   engines stop at different places, as dialect syntax they lack makes
//!   them do: unverified.
//!
//! A rejection at a core keyword (`SELECT`, `FROM`, `WHERE`, ...), at
//! punctuation, at a non-keyword word or at the end of the statement, with
//! that evidence, stays a `syntax-error`. The last statement of a file
//! reported `truncated` is incomplete, not unverified.
//!
//! **Example.** `PIVOT monthly_sales ON month USING sum(amount);` in a
//! DuckDB file.

/// The rule's registry entry (`rules/mod.rs`).
pub const META: crate::rules::RuleMeta = crate::rules::RuleMeta {
    id: "unverified-statement",
    severity: crate::diagnostic::Severity::Info,
    summary: "no engine available parses this SQL statement; it was not verified",
    sarif_name: "UnverifiedStatement",
    tags: &["coverage"],
};

use crate::analysis::Unverified;
use crate::diagnostic::Finding;
use crate::rules::Rule;

/// The finding for a statement the SQL backend could not verify.
pub fn finding(u: &Unverified) -> Finding {
    if let Some(message) = &u.message {
        return Finding::new(Rule::UnverifiedStatement, Some(u.span), message.clone());
    }
    Finding::new(
        Rule::UnverifiedStatement,
        Some(u.span),
        format!(
            "not verified: no engine here parses this {} statement, and {}; {}",
            u.dialect,
            u.reason,
            u.engines_said.join("; ")
        ),
    )
}
