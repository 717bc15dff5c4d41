//! # merge-conflict
//!
//! Git conflict markers: `<<<<<<< ours`, `||||||| base` (diff3),
//! `=======`, `>>>>>>> theirs`, at the start of a line.
//!
//! **Why.** A model asked to edit a file in the middle of a merge, or a
//! pipeline that pastes both sides, leaves markers that no language accepts,
//! and two versions of the code between them.
//!
//! **How.** A conflict is a `<<<<<<<` or `>>>>>>>` line (seven characters, at
//! the start of the line, then a space or the end of the line), with its
//! `=======` and `|||||||` lines; one finding spans the block. The marker
//! lines are then hidden from the parser, so the code around them is still
//! checked.
//!
//! **Leaves alone.** Marker-like lines inside strings and comments (a test
//! of a conflict parser, a reST heading underlined with `=======`), and a
//! lone `=======` line with no `<<<<<<<`/`>>>>>>>` around it.
//!
//! **Example.**
//!
//! ```text
//! <<<<<<< HEAD
//! from .models import User
//! =======
//! from .models import User, Team
//! >>>>>>> feature/teams
//! ```

/// The rule's registry entry (`rules/mod.rs`).
pub const META: crate::rules::RuleMeta = crate::rules::RuleMeta {
    id: "merge-conflict",
    severity: crate::diagnostic::Severity::Error,
    summary: "git conflict markers",
    sarif_name: "MergeConflict",
    tags: &["correctness", "generated-code"],
};

use crate::analysis::Analysis;
use crate::diagnostic::{Finding, Span};
use crate::lines::lines;
use crate::rules::Rule;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Marker {
    Ours,
    Base,
    Sep,
    Theirs,
}

fn marker(line: &str) -> Option<Marker> {
    let kind = match line.get(..7)? {
        "<<<<<<<" => Marker::Ours,
        "|||||||" => Marker::Base,
        "=======" => Marker::Sep,
        ">>>>>>>" => Marker::Theirs,
        _ => return None,
    };
    let rest = &line[7..];
    let ok = match kind {
        Marker::Sep => rest.trim().is_empty(),
        _ => rest.is_empty() || rest.starts_with([' ', '\t']),
    };
    ok.then_some(kind)
}

/// Whether `line` is a conflict marker line (`<<<<<<< ours`, `=======`, ...).
pub fn is_marker_line(line: &str) -> bool {
    marker(line).is_some()
}

/// Conflict findings, and the marker lines to hide from the parser.
pub fn find(text: &str, analysis: &Analysis) -> (Vec<Finding>, Vec<Span>) {
    if memchr::memmem::find(text.as_bytes(), b"<<<<<<<").is_none()
        && memchr::memmem::find(text.as_bytes(), b">>>>>>>").is_none()
    {
        return (Vec::new(), Vec::new());
    }
    let mut markers: Vec<(Marker, Span)> = Vec::new();
    for line in lines(text) {
        if let Some(m) = marker(line.text) {
            if !analysis.inside_region(line.span.start) {
                markers.push((m, line.span));
            }
        }
    }
    let mut findings = Vec::new();
    let mut masked = Vec::new();
    let mut i = 0;
    while i < markers.len() {
        let (kind, span) = markers[i];
        if kind == Marker::Sep {
            i += 1;
            continue;
        }
        // A block: an optional `<<<<<<<`, the separators, an optional `>>>>>>>`.
        let mut j = i;
        let mut end = span;
        let mut lines_in_block = vec![span];
        if kind == Marker::Ours {
            j += 1;
            while j < markers.len() && matches!(markers[j].0, Marker::Base | Marker::Sep) {
                lines_in_block.push(markers[j].1);
                end = markers[j].1;
                j += 1;
            }
            if j < markers.len() && markers[j].0 == Marker::Theirs {
                lines_in_block.push(markers[j].1);
                end = markers[j].1;
                j += 1;
            }
        } else {
            j += 1;
        }
        let label = &text[span.start..span.end];
        let message = if lines_in_block.len() >= 3 {
            format!(
                "git merge conflict left in the file (`{}` ... `{}`)",
                label.trim(),
                text[end.start..end.end].trim()
            )
        } else {
            format!("git conflict marker `{}` left in the file", label.trim())
        };
        let mut f = Finding::new(
            Rule::MergeConflict,
            Some(Span::new(span.start, end.end)),
            message,
        )
        .with_help("resolve the conflict: keep one side, delete the marker lines");
        for s in lines_in_block.iter().skip(1) {
            f = f.with_label(*s, "conflict marker");
        }
        findings.push(f);
        masked.extend(lines_in_block);
        i = j;
    }
    (findings, masked)
}
