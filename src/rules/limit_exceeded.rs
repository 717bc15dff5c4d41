//! # limit-exceeded
//!
//! A limit stopped the check: the file is larger than `max-file-bytes`, or
//! parsing took longer than the parse time limit. Severity warning: the file
//! was not fully checked, which is not evidence that it is broken (`--strict`
//! rejects it).
//!
//! **Why.** gencheck runs in front of every commit; one huge or hostile file
//! must not hang the hook or exhaust memory.
//!
//! **How to raise a limit.** `--max-file-bytes N` on the command line.

use crate::diagnostic::Finding;
use crate::rules::Rule;

pub fn file_too_large(size: u64, limit: u64) -> Finding {
    Finding::new(
        Rule::LimitExceeded,
        None,
        format!(
            "file is {size} bytes, over the {limit}-byte limit; it was not checked (raise it with --max-file-bytes)"
        ),
    )
}
