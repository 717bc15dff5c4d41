//! # limit-exceeded
//!
//! A limit stopped the check: the file is larger than `max-file-bytes`, or
//! checking it took longer than `max-check-ms`. Severity error: a gate that
//! lets through what it did not check is no gate, so a file that was not
//! fully checked is never reported accepted. Raise the limit, exclude the
//! file (`exclude` in the configuration), or, to accept such files with a
//! warning, set `limit-exceeded = "warning"` under `[rules]`.
//!
//! **Why.** gencheck runs in front of every commit; one huge or hostile file
//! must not hang the hook or exhaust memory.
//!
//! **How to raise a limit.** On the command line, `--max-file-bytes N` or
//! `--max-check-ms N`; in the configuration, the same names under `[limits]`:
//!
//! ```toml
//! [limits]
//! max-file-bytes = 10_000_000   # default
//! max-check-ms = 10_000         # per file: parsing and every rule
//! ```

/// The rule's registry entry (`rules/mod.rs`).
pub const META: crate::rules::RuleMeta = crate::rules::RuleMeta {
    id: "limit-exceeded",
    severity: crate::diagnostic::Severity::Error,
    summary: "a limit (file size, check time) stopped the check; the file is not accepted unchecked",
    sarif_name: "LimitExceeded",
    tags: &["coverage"],
};

use crate::diagnostic::Finding;
use crate::rules::Rule;

pub fn file_too_large(size: Option<u64>, limit: u64) -> Finding {
    let size = match size {
        Some(n) => format!("{n} bytes"),
        None => format!("more than {limit} bytes"),
    };
    Finding::new(
        Rule::LimitExceeded,
        None,
        format!(
            "file is {size}, over the {limit}-byte limit (max-file-bytes); it was not checked (raise it with --max-file-bytes N or `max-file-bytes` under [limits] in gencheck.toml)"
        ),
    )
}

pub fn took_too_long(limit_ms: u64) -> Finding {
    Finding::new(
        Rule::LimitExceeded,
        None,
        format!(
            "checking took longer than the {limit_ms} ms limit (max-check-ms); the file was not fully checked (raise it with --max-check-ms N or `max-check-ms` under [limits] in gencheck.toml)"
        ),
    )
}
