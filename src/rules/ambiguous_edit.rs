//! # ambiguous-edit
//!
//! `gencheck reply`: a SEARCH block, hunk or `str_replace` whose text
//! matches the file in more than one place (severity error).
//!
//! **Why.** aider's `search_and_replace` replaces every occurrence (its
//! uniqueness check is commented out, #3883); other tools take the first.
//! Either way the model's edit lands somewhere it may not have meant.
//!
//! **How.** The first match strategy that finds the text at all decides:
//! more than one place is ambiguous, and nothing is replaced. A hint
//! breaks the tie: Roo Code's `:start_line:` and a unified diff hunk's
//! line numbers pick the match nearest to them (noted). codex chunks take
//! the first match after the previous chunk, as codex does.
//!
//! **Example.** "the edit at line 9 is ambiguous: the SEARCH text matches
//! util.py in 2 places (lines 7, 16); nothing was replaced".

use crate::diagnostic::Severity;
use crate::rules::RuleMeta;

pub const META: RuleMeta = RuleMeta {
    id: "ambiguous-edit",
    severity: Severity::Error,
    summary: "`reply`: a SEARCH block or hunk that matches in more than one place",
    sarif_name: "AmbiguousEdit",
    tags: &["correctness", "generated-code", "reply"],
};
