//! The unified diff against the previous version, computed once per file
//! (`definitions-removed` is in `rules/definitions_removed.rs`).

use std::time::Duration;

use similar::{ChangeTag, TextDiff};

/// The diff against the previous version, as JSON and human output show it.
#[derive(Debug, Clone)]
pub struct DiffReport {
    /// What the previous version is: `HEAD`, `merge-base 1a2b3c4`, a file.
    pub previous: String,
    pub lines_added: usize,
    pub lines_removed: usize,
    pub unified: String,
}

/// The line diff of a file against its previous version, computed once per
/// file and shared by the rules (`previous.rs`) and the report.
pub struct LineDiff<'a> {
    diff: TextDiff<'a, 'a, str>,
}

impl<'a> LineDiff<'a> {
    /// Diff `old` against `new`, giving up on an optimal diff after
    /// [`DIFF_TIMEOUT`] (the result is then a coarser, still correct diff).
    pub fn new(old: &'a str, new: &'a str) -> Self {
        LineDiff {
            diff: TextDiff::configure()
                .timeout(DIFF_TIMEOUT)
                .diff_lines(old, new),
        }
    }

    /// The diff's operations (line indexes into the old and new texts).
    pub fn ops(&self) -> &[similar::DiffOp] {
        self.diff.ops()
    }

    /// A unified diff with three lines of context, `a/` and `b/` headers.
    pub fn unified(&self, old_path: &str, new_path: &str, previous: &str) -> DiffReport {
        let mut added = 0;
        let mut removed = 0;
        for change in self.diff.iter_all_changes() {
            match change.tag() {
                ChangeTag::Insert => added += 1,
                ChangeTag::Delete => removed += 1,
                ChangeTag::Equal => {}
            }
        }
        let unified = self
            .diff
            .unified_diff()
            .context_radius(3)
            .header(&format!("a/{old_path}"), &format!("b/{new_path}"))
            .to_string();
        DiffReport {
            previous: previous.to_string(),
            lines_added: added,
            lines_removed: removed,
            unified,
        }
    }
}

/// How long a diff may search for the smallest edit script: a hostile pair
/// of versions must not eat the file's time budget.
const DIFF_TIMEOUT: Duration = Duration::from_secs(2);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unified_diff_counts() {
        let d = LineDiff::new("a\nb\nc\n", "a\nB\nc\nd\n").unified("x.py", "x.py", "HEAD");
        assert_eq!((d.lines_added, d.lines_removed), (2, 1));
        assert!(d.unified.starts_with("--- a/x.py\n+++ b/x.py\n"));
    }
}
