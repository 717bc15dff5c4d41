//! # unattributed-block
//!
//! `gencheck reply`: a code block in a model's reply that no file path can
//! be attributed to (severity error).
//!
//! **Why.** Every tool that turns replies into files guesses where a block
//! goes: aider falls back to "the only file in the chat", others to the
//! last file mentioned. A block written to the wrong file, or silently
//! dropped, is a change nobody asked for or one that never lands.
//!
//! **How.** A fenced block's path is taken, in order, from its info string
//! (```` ```python src/a.py ````), from the line above (`src/a.py`,
//! `**src/a.py**`, `` `src/a.py` ``, `# src/a.py`, `src/a.py:`,
//! `File: src/a.py`, or a sentence ending in `:` that names one path),
//! from a path comment on its first line, from a path in backticks in the
//! prose before it (when the path exists or its extension matches the
//! block's language; reported as a guess), and last from `--path`. Each
//! block without one is reported as `unattributed block #n (line L)`.
//!
//! **Leaves alone.** Blocks of commands or output without a path
//! (```` ```bash ````, ```` ```console ````, ```` ```text ````, ...): they are
//! listed among the proposals as not files, and not checked.
//!
//! **Example.** A reply with two ```` ```python ```` blocks and no path
//! anywhere: "unattributed block #1 (line 3): no file path can be
//! attributed to this code block", and the same for block #2.

use crate::diagnostic::Severity;
use crate::rules::RuleMeta;

pub const META: RuleMeta = RuleMeta {
    id: "unattributed-block",
    severity: Severity::Error,
    summary: "`reply`: a code block no file path can be attributed to",
    sarif_name: "UnattributedBlock",
    tags: &["correctness", "generated-code", "reply"],
};
