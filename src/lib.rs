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
            guarded_check(input, opts)
        })
        .collect::<Result<Vec<_>, _>>()?;
    reports.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(reports)
}

/// Check inputs already in memory (standard input, git blobs).
pub fn check_inputs(inputs: &[Input], opts: &CheckOptions) -> Result<Vec<FileReport>, RunError> {
    let mut reports = inputs
        .par_iter()
        .map(|i| guarded_check(i.clone(), opts))
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
        .map(|i| guarded_check(i, opts))
        .collect::<Result<Vec<_>, _>>()
}

/// The stack of the thread that checks one file: deep nesting in hostile
/// input recurses in the parsers, and a stack overflow would abort the run.
/// Only the pages touched are ever committed.
const WORKER_STACK: usize = 256 << 20;

/// Check one file on a worker thread of its own, within the time limit.
///
/// - Past `max-check-ms` the file is reported with `limit-exceeded` and the
///   run goes on; the worker is abandoned and stops at its next budget check
///   ([`budget::expired`]), or when the process exits.
/// - A bug in a rule must not pass a file silently nor abort the whole run
///   without saying which file: a panic fails the run, naming the file.
fn guarded_check(input: Input, opts: &CheckOptions) -> Result<FileReport, RunError> {
    let limit = std::time::Duration::from_millis(opts.limits.max_check_ms);
    let path = input.path.clone();
    // What the timed-out report needs: the start of the file (a `#!` line).
    let head: Vec<u8> = input.bytes.iter().take(256).copied().collect();
    let (tx, rx) = std::sync::mpsc::sync_channel(1);
    let worker_opts = opts.clone();
    let worker = std::thread::Builder::new()
        .name("gencheck-check".into())
        .stack_size(WORKER_STACK)
        .spawn(move || {
            budget::set_deadline(std::time::Instant::now().checked_add(limit));
            let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                check_input(&input, &worker_opts)
            }))
            .map_err(panic_message);
            let _ = tx.send(outcome);
        });
    if let Err(e) = worker {
        return Err(RunError::Internal {
            path,
            message: format!("cannot start a thread to check it: {e}"),
        });
    }
    match rx.recv_timeout(limit) {
        Ok(Ok(report)) => Ok(report),
        Ok(Err(message)) => Err(RunError::Internal { path, message }),
        Err(std::sync::mpsc::RecvTimeoutError::Timeout) => Ok(check::timed_out(&path, &head, opts)),
        Err(std::sync::mpsc::RecvTimeoutError::Disconnected) => Err(RunError::Internal {
            path,
            message: "the check stopped without a result".into(),
        }),
    }
}

fn panic_message(payload: Box<dyn std::any::Any + Send>) -> String {
    payload
        .downcast_ref::<String>()
        .cloned()
        .or_else(|| payload.downcast_ref::<&str>().map(|s| s.to_string()))
        .unwrap_or_else(|| "panic".to_string())
}
