//! # conflicting-proposals
//!
//! `gencheck reply`: two proposals in one reply that make different files
//! of one path (severity error; extension).
//!
//! **Why.** A reply that writes a file twice with different contents, or
//! writes and deletes it, leaves the result to whichever the tool applies
//! last; aider calls it "Conflicting actions for file".
//!
//! **How.** Proposals are applied in reply order. Edits after a whole-file
//! write apply to what was written (sequential changes are not a
//! conflict). A second whole-file write with different content, a
//! whole-file write after edits of the file that drops them, a write of a
//! file the reply deleted, an edit of a file the reply deleted, a deletion
//! of a file the reply wrote, and a move onto a file that exists are
//! reported at the later proposal. An identical second write is noted,
//! not reported.
//!
//! **Example.** "proposal #2 for src/slug.py conflicts with proposal #1
//! (line 4): the reply proposes two different versions of the file".

use crate::diagnostic::Severity;
use crate::rules::RuleMeta;

pub const META: RuleMeta = RuleMeta {
    id: "conflicting-proposals",
    severity: Severity::Error,
    summary: "`reply`: two proposals make different files of one path",
    sarif_name: "ConflictingProposals",
    tags: &["correctness", "generated-code", "reply"],
};
