//! # edit-does-not-apply
//!
//! `gencheck reply`: a SEARCH block, diff hunk or patch chunk that does not
//! match the file it edits, or an edit that cannot be read (severity error).
//!
//! **Why.** A failed edit is the most reported failure of every
//! edit-based tool (aider #424, cline #952): the model's picture of the
//! file is wrong, and a tool that retries it against other files, or
//! applies the other blocks and says nothing, leaves a half-changed file.
//!
//! **How.** Each edit is matched against the file as the earlier
//! proposals left it: exactly; then ignoring trailing blanks
//! (`fuzzy: whitespace`); then ignoring indentation, re-indenting the
//! replacement by the same uniform shift (`fuzzy: indent`); then without
//! blank lines at the edges of SEARCH; then, for aider's blocks, piece by
//! piece between paired `...` lines. codex chunks are sought after their
//! `@@ context` line and after the previous chunk, also with Unicode
//! dashes and quotes read as ASCII, as codex does. The strategy used is
//! named in the proposal's notes. When nothing matches, the finding
//! points at the edit in the reply and its help shows the most similar
//! lines of the file. The other edits are still applied and reported.
//! Also reported under this rule: a block whose markers are out of order
//! (`=======` missing), an Add File line without its `+`, an edit of a file
//! that does not exist, and an empty SEARCH on a file with content in
//! Cline's and Roo Code's formats (aider's format appends it, and says so).
//!
//! **Example.** "the edit at line 31 does not apply to app.py: the SEARCH
//! text matches no lines of the file", help: "the nearest lines in app.py
//! (86% alike), from line 19: ...".

use crate::diagnostic::Severity;
use crate::rules::RuleMeta;

pub const META: RuleMeta = RuleMeta {
    id: "edit-does-not-apply",
    severity: Severity::Error,
    summary: "`reply`: a SEARCH block or diff hunk that does not match the file it edits",
    sarif_name: "EditDoesNotApply",
    tags: &["correctness", "generated-code", "reply"],
};
