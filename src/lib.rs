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
            let mut input = source::read_target(t, opts.limits.max_file_bytes)?;
            if input.oversized.is_none() {
                input.previous = previous.get(&t.fs_path, &input.bytes);
            }
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

/// One file's check, sent to a checker thread.
struct Job {
    input: Input,
    opts: CheckOptions,
    deadline: Option<std::time::Instant>,
    reply: std::sync::mpsc::SyncSender<Result<FileReport, String>>,
}

/// A thread that checks files one at a time for the thread that owns it.
/// Starting a thread per file cost 50 to 130 µs, a third of a whole-stdlib
/// run; a checker lives until it is abandoned (a file ran out of time) or the
/// process ends.
struct Checker {
    jobs: std::sync::mpsc::Sender<Job>,
}

impl Checker {
    fn start() -> std::io::Result<Checker> {
        let (jobs, inbox) = std::sync::mpsc::channel::<Job>();
        std::thread::Builder::new()
            .name("gencheck-check".into())
            .stack_size(WORKER_STACK)
            .spawn(move || {
                for job in inbox {
                    budget::set_deadline(job.deadline);
                    let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                        check_input(&job.input, &job.opts)
                    }))
                    .map_err(panic_message);
                    budget::set_deadline(None);
                    let _ = job.reply.send(outcome);
                }
            })?;
        Ok(Checker { jobs })
    }
}

thread_local! {
    static CHECKER: std::cell::RefCell<Option<Checker>> = const { std::cell::RefCell::new(None) };
}

/// Check one file on a checker thread, within the time limit.
///
/// - Past `max-check-ms` the file is reported with `limit-exceeded` and the
///   run goes on; the checker is abandoned and stops at its next budget check
///   ([`budget::expired`]), or when the process exits.
/// - A bug in a rule must not pass a file silently nor abort the whole run
///   without saying which file: a panic fails the run, naming the file.
fn guarded_check(input: Input, opts: &CheckOptions) -> Result<FileReport, RunError> {
    let limit = std::time::Duration::from_millis(opts.limits.max_check_ms);
    let path = input.path.clone();
    // What the timed-out report needs: the start of the file (a `#!` line).
    let head: Vec<u8> = input.bytes.iter().take(256).copied().collect();
    let checker = match CHECKER.with(|c| c.borrow_mut().take()) {
        Some(c) => c,
        None => Checker::start().map_err(|e| RunError::Internal {
            path: path.clone(),
            message: format!("cannot start a thread to check it: {e}"),
        })?,
    };
    let (reply, outcome) = std::sync::mpsc::sync_channel(1);
    let job = Job {
        input,
        opts: opts.clone(),
        deadline: std::time::Instant::now().checked_add(limit),
        reply,
    };
    if checker.jobs.send(job).is_err() {
        return Err(RunError::Internal {
            path,
            message: "the checker thread has stopped".into(),
        });
    }
    let result = match outcome.recv_timeout(limit) {
        Ok(Ok(report)) => Ok(report),
        Ok(Err(message)) => Err(RunError::Internal { path, message }),
        // The checker is still busy with this file: leave it behind.
        Err(std::sync::mpsc::RecvTimeoutError::Timeout) => {
            return Ok(check::timed_out(&path, &head, opts));
        }
        Err(std::sync::mpsc::RecvTimeoutError::Disconnected) => {
            return Err(RunError::Internal {
                path,
                message: "the check stopped without a result".into(),
            });
        }
    };
    CHECKER.with(|c| *c.borrow_mut() = Some(checker));
    result
}

fn panic_message(payload: Box<dyn std::any::Any + Send>) -> String {
    payload
        .downcast_ref::<String>()
        .cloned()
        .or_else(|| payload.downcast_ref::<&str>().map(|s| s.to_string()))
        .unwrap_or_else(|| "panic".to_string())
}
