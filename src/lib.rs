//! gencheck: decide whether a file produced by a language model may be
//! accepted into a code base.
//!
//! The pipeline: [`source`] (bytes from disk or stdin) → [`language`] (the
//! registry in `grammars/`) → [`text`] (decoding) → [`rules`] (findings) →
//! [`render`] (human, JSON) → [`check::is_accepted`] (the verdict).

pub mod analysis;
pub mod budget;
pub mod check;
pub mod classify;
pub mod cli;
pub mod config;
pub mod diagnostic;
pub mod diff;
pub mod error;
pub mod git;
pub mod lang;
pub mod language;
pub mod lines;
pub mod parse;
pub mod prose;
pub mod render;
pub mod reply;
pub mod rules;
pub mod runner;
pub mod shard;
pub mod source;
pub mod suppress;
pub mod template;
pub mod text;
pub mod workflow;

use crate::check::{CheckOptions, FileReport, Input};
use crate::error::RunError;
use crate::source::Target;

/// Check every target in parallel; the result is sorted by path. A file that
/// cannot be read fails the run.
pub fn check_targets(
    targets: &[Target],
    previous: &std::sync::Arc<source::PreviousSource>,
    opts: &CheckOptions,
) -> Result<Vec<FileReport>, RunError> {
    let previous = previous.clone();
    let max_bytes = opts.limits.max_file_bytes;
    let read = move |t: Target| {
        let mut input = source::read_target(&t, max_bytes)?;
        if input.oversized.is_some() {
            return Ok(input);
        }
        if previous.pending() {
            // Asked once the file's rules have run: git's answer overlaps them.
            let previous = previous.clone();
            let fs_path = t.fs_path.clone();
            input.deferred_previous = Some(check::DeferredPrevious(std::sync::Arc::new(
                move |current: &[u8]| previous.get(&fs_path, current, max_bytes),
            )));
        } else {
            input.previous = previous.get(&t.fs_path, &input.bytes, max_bytes);
        }
        Ok(input)
    };
    // Owned: checker threads outlive this call when one is abandoned.
    let owned: Vec<Target> = targets.to_vec();
    let mut reports = runner::check_all(owned.into_iter(), read, opts)?;
    reports.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(reports)
}

/// Check inputs already in memory (standard input, git blobs).
pub fn check_inputs(inputs: &[Input], opts: &CheckOptions) -> Result<Vec<FileReport>, RunError> {
    let owned: Vec<Input> = inputs.to_vec();
    let mut reports = runner::check_all(owned.into_iter(), Ok, opts)?;
    reports.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(reports)
}

/// Check inputs as they arrive (from a reader thread), in parallel.
pub fn check_stream(
    inputs: impl Iterator<Item = Input> + Send + 'static,
    opts: &CheckOptions,
) -> Result<Vec<FileReport>, RunError> {
    runner::check_all(inputs, Ok, opts)
}
