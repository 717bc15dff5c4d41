//! gencheck: decide whether a file produced by a language model may be
//! accepted into a code base.
//!
//! The pipeline: [`source`] (bytes from disk or stdin) → [`language`] (the
//! registry in `grammars/`) → [`text`] (decoding) → [`rules`] (findings) →
//! [`render`] (human, JSON) → [`check::is_accepted`] (the verdict).

pub mod analysis;
pub mod check;
pub mod classify;
pub mod cli;
pub mod config;
pub mod diagnostic;
pub mod diff;
pub mod error;
pub mod git;
pub mod language;
pub mod lines;
pub mod parse;
pub mod prose;
pub mod python;
pub mod render;
pub mod rules;
pub mod source;
pub mod sql;
pub mod suppress;
pub mod text;
pub mod workflow;

use rayon::prelude::*;

use crate::check::{check_input, CheckOptions, FileReport, Input};
use crate::error::RunError;
use crate::source::Target;

/// Check every target in parallel; the result is sorted by path. A file that
/// cannot be read fails the run.
pub fn check_targets(
    targets: &[Target],
    previous: &source::PreviousSource,
    opts: &CheckOptions,
) -> Result<Vec<FileReport>, RunError> {
    let mut reports = targets
        .par_iter()
        .map(|t| {
            let mut input = source::read_target(t)?;
            input.previous = previous.get(&t.fs_path, &input.bytes);
            guarded_check(&input, opts)
        })
        .collect::<Result<Vec<_>, _>>()?;
    reports.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(reports)
}

/// Check inputs already in memory (standard input, git blobs).
pub fn check_inputs(inputs: &[Input], opts: &CheckOptions) -> Result<Vec<FileReport>, RunError> {
    let mut reports = inputs
        .par_iter()
        .map(|i| guarded_check(i, opts))
        .collect::<Result<Vec<_>, _>>()?;
    reports.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(reports)
}

/// Check inputs as they arrive (from a reader thread), in parallel.
pub fn check_stream(
    inputs: impl Iterator<Item = Input> + Send,
    opts: &CheckOptions,
) -> Result<Vec<FileReport>, RunError> {
    inputs
        .par_bridge()
        .map(|i| guarded_check(&i, opts))
        .collect::<Result<Vec<_>, _>>()
}

/// A bug in a rule must not pass a file silently nor abort the whole run
/// without saying which file: it fails the run, naming the file.
fn guarded_check(input: &Input, opts: &CheckOptions) -> Result<FileReport, RunError> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| check_input(input, opts))).map_err(
        |payload| {
            let message = payload
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| payload.downcast_ref::<&str>().map(|s| s.to_string()))
                .unwrap_or_else(|| "panic".to_string());
            RunError::Internal {
                path: input.path.clone(),
                message,
            }
        },
    )
}
