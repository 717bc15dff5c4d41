//! # unsafe-path
//!
//! `gencheck reply`: a proposed path that is absolute, leaves the root
//! (`..`, a symbolic link) or points into `.git/` (severity error).
//!
//! **Why.** A reply is untrusted input: a model (or a prompt injected into
//! its context) that writes `../../.bashrc`, `/etc/cron.d/x` or
//! `.git/hooks/pre-commit` escapes the change it was asked for, and the
//! last one runs code on the next commit.
//!
//! **How.** Each path is resolved against `--root` without touching the
//! disk: absolute paths (`/x`, `C:\x`, `~/x`) and `..` that climbs above
//! the root are refused. Then the deepest part of the path that exists is
//! resolved through symbolic links, and must stay below the root and
//! outside `.git/`. A refused proposal is never read or applied, and
//! `--apply` writes nothing.
//!
//! **Example.** "proposal #2 names an unsafe path: `.git/hooks/pre-commit`
//! points into .git/; it is not applied".

use crate::diagnostic::Severity;
use crate::rules::RuleMeta;

pub const META: RuleMeta = RuleMeta {
    id: "unsafe-path",
    severity: Severity::Error,
    summary: "`reply`: a proposed path that is absolute, leaves the root (`..`, symbolic links) or points into `.git/`",
    sarif_name: "UnsafePath",
    tags: &["security", "generated-code", "reply"],
};
