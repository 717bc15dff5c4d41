//! gencheck: decide whether a file produced by a language model may be
//! accepted into a code base.
//!
//! The pipeline: [`source`] (bytes from disk or stdin) → [`language`] (the
//! registry in `grammars/`) → [`text`] (decoding) → [`rules`] (findings) →
//! [`render`] (human, JSON) → [`check::is_accepted`] (the verdict).

pub mod check;
pub mod cli;
pub mod diagnostic;
pub mod error;
pub mod language;
pub mod parse;
pub mod python;
pub mod render;
pub mod rules;
pub mod source;
pub mod sql;
pub mod text;

use rayon::prelude::*;

use crate::check::{check_input, CheckOptions, FileReport, Input};
use crate::error::RunError;
use crate::source::Target;

/// Check every target in parallel; the result is sorted by path. A file that
/// cannot be read fails the run.
pub fn check_targets(targets: &[Target], opts: &CheckOptions) -> Result<Vec<FileReport>, RunError> {
    let mut reports = targets
        .par_iter()
        .map(|t| source::read_target(t).map(|input| check_input(&input, opts)))
        .collect::<Result<Vec<_>, _>>()?;
    reports.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(reports)
}

/// Check inputs already in memory (standard input, git blobs).
pub fn check_inputs(inputs: &[Input], opts: &CheckOptions) -> Vec<FileReport> {
    let mut reports: Vec<FileReport> = inputs.par_iter().map(|i| check_input(i, opts)).collect();
    reports.sort_by(|a, b| a.path.cmp(&b.path));
    reports
}
