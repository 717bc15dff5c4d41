//! What the previous version tells the other rules.
//!
//! - A placeholder comment where the diff removed lines of the previous
//!   version is no longer a guess: the message says how many lines it
//!   replaces.
//! - A file that is a prefix of its previous version, cut in the middle of a
//!   line, is `truncated` (an error); cut at a line boundary, it may be a
//!   deletion of the last definitions, so it is a warning.
//! - A file that shrank to less than half of a previous version of
//!   [`SHRUNK_FROM_LINES`] lines or more is reported (`truncated`, warning) unless already reported.
//!
//! Not a rule of its own: it sharpens `placeholder` and `truncated`.

use similar::DiffOp;

use crate::diff::LineDiff;

use crate::diagnostic::{Finding, LineIndex, Severity, Span};
use crate::rules::Rule;

/// A previous version shorter than this may lose half its lines in a real
/// rewrite; a longer one rarely does without being cut.
const SHRUNK_FROM_LINES: usize = 40;

/// Sharpen `findings` of the file `new` with its previous version `old`,
/// given their line diff.
pub fn sharpen(
    findings: &mut Vec<Finding>,
    diff: &LineDiff<'_>,
    old: &str,
    new: &str,
    label: &str,
) {
    let ops = diff.ops();
    let index = LineIndex::new(new);
    for f in findings.iter_mut().filter(|f| f.rule == Rule::Placeholder) {
        let Some(span) = f.span else { continue };
        let line = index.line_of(span.start);
        let replaced: usize = ops
            .iter()
            .filter_map(|op| match *op {
                DiffOp::Replace {
                    old_len,
                    new_index,
                    new_len,
                    ..
                } if new_index <= line && line < new_index + new_len => Some(old_len),
                _ => None,
            })
            .sum();
        if replaced > 0 {
            f.message = format!(
                "{}; it replaces {replaced} line{} of the {label} version",
                f.message,
                if replaced == 1 { "" } else { "s" }
            );
        }
    }
    if findings
        .iter()
        .any(|f| f.rule == Rule::Truncated && f.severity == Severity::Error)
    {
        return;
    }
    let new_trimmed = new.trim_end();
    let old_lines = old.lines().count();
    let new_lines = new.lines().count();
    let end = new_trimmed.len();
    let tail = Span::new(new_trimmed.rfind('\n').map_or(0, |p| p + 1), end);
    if !new_trimmed.is_empty() && old.len() > new_trimmed.len() + 1 && old.starts_with(new_trimmed)
    {
        let mid_line = !matches!(old.as_bytes().get(end), Some(b'\n' | b'\r'));
        let lost = old_lines.saturating_sub(new_lines);
        let f = if mid_line {
            Finding::new(
                Rule::Truncated,
                Some(tail),
                format!(
                    "the file is the start of its {label} version, cut in the middle of a line: {} of {} bytes, {lost} lines gone",
                    end,
                    old.len()
                ),
            )
        } else {
            Finding::new(
                Rule::Truncated,
                Some(tail),
                format!(
                    "the file is the start of its {label} version: its last {lost} line{} are gone",
                    if lost == 1 { "" } else { "s" }
                ),
            )
            .with_severity(Severity::Warning)
        };
        findings.push(f);
        return;
    }
    if old_lines >= SHRUNK_FROM_LINES
        && new_lines * 2 < old_lines
        && !findings.iter().any(|f| f.rule == Rule::Truncated)
    {
        findings.push(
            Finding::new(
                Rule::Truncated,
                None,
                format!("the file shrank from {old_lines} to {new_lines} lines since the {label} version"),
            )
            .with_severity(Severity::Warning),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prefix_cut_mid_line_is_an_error() {
        let old = "def a():\n    return 1\n\ndef b():\n    return 2\n";
        let new = "def a():\n    return 1\n\ndef b():\n    ret";
        let mut f = Vec::new();
        sharpen(&mut f, &LineDiff::new(old, new), old, new, "HEAD");
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].severity, Severity::Error);
        let mut f = Vec::new();
        let cut = "def a():\n    return 1\n";
        sharpen(&mut f, &LineDiff::new(old, cut), old, cut, "HEAD");
        assert_eq!(f[0].severity, Severity::Warning);
    }

    #[test]
    fn placeholder_replacing_code_says_so() {
        let old =
            "class A:\n    def a(self):\n        return 1\n\n    def b(self):\n        return 2\n";
        let new = "class A:\n    # ... rest of the code remains the same\n";
        let mut f = vec![Finding::new(
            Rule::Placeholder,
            Some(Span::new(13, 20)),
            "placeholder",
        )];
        sharpen(&mut f, &LineDiff::new(old, new), old, new, "HEAD");
        assert!(
            f[0].message
                .contains("replaces 5 lines of the HEAD version"),
            "{}",
            f[0].message
        );
    }
}
