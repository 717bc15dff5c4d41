//! # unused-suppression
//!
//! An inline `gencheck: allow(...)` that suppresses nothing, or that names
//! an unknown rule or `not-text` (severity info; extension).
//!
//! **Why.** Suppressions outlive the findings they were written for; stale
//! ones pile up and hide the next real finding on that line. A misspelt
//! rule id suppresses nothing and says nothing.
//!
//! **How.** Suppressions are read from comments in the language's comment
//! syntax (`src/suppress.rs`): `gencheck: allow(rule, ...)` at the end of a
//! line applies to findings starting on that line, on a line of its own to
//! the next line; `gencheck: allow-file(rule, ...)` to the whole file. After
//! the other rules ran, each suppressed rule that matched no finding where
//! it applies is reported at the comment, as is each unknown rule id.
//!
//! **Leaves alone.** The marker outside comments (in a string, in code).
//! `not-text` cannot be suppressed: an unreadable file has no comments.
//!
//! **Example.**
//!
//! ```text
//! total = price * qty  # gencheck: allow(placeholder)
//! ```
//!
//! "this suppression of `placeholder` suppresses nothing: there is no
//! `placeholder` finding on line 1".

use crate::diagnostic::{Finding, Severity, Span};
use crate::rules::{Rule, RuleMeta};

pub const META: RuleMeta = RuleMeta {
    id: "unused-suppression",
    severity: Severity::Info,
    summary: "an inline `gencheck: allow(...)` that suppresses nothing, or names an unknown rule",
    sarif_name: "UnusedSuppression",
    tags: &["correctness", "generated-code"],
};

/// A suppression naming `not-text`.
pub fn not_suppressible(at: Span) -> Finding {
    Finding::new(
        Rule::UnusedSuppression,
        Some(at),
        "`not-text` cannot be suppressed".to_string(),
    )
}

/// A suppression naming a rule id gencheck does not have.
pub fn unknown_rule(at: Span, id: &str) -> Finding {
    Finding::new(
        Rule::UnusedSuppression,
        Some(at),
        format!("unknown rule `{id}` in a suppression (`gencheck rules` lists them)"),
    )
}

/// A suppression of `rule` that matched no finding; `where_` is "in this
/// file" or "on line N".
pub fn suppresses_nothing(at: Span, rule: Rule, where_: &str) -> Finding {
    Finding::new(
        Rule::UnusedSuppression,
        Some(at),
        format!("this suppression of `{rule}` suppresses nothing: there is no `{rule}` finding {where_}"),
    )
}
