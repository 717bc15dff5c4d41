//! Renderers turn reports into output. Checks never print.

pub mod concise;
pub mod github;
pub mod human;
pub mod json;
pub mod sarif;

use crate::check::FileReport;

/// Counts for the summary line and the JSON summary.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Summary {
    pub files: usize,
    pub accepted: usize,
    pub rejected: usize,
}

impl Summary {
    pub fn of(reports: &[FileReport]) -> Self {
        let accepted = reports.iter().filter(|r| r.accepted).count();
        Summary {
            files: reports.len(),
            accepted,
            rejected: reports.len() - accepted,
        }
    }
}
