//! `--format github`: GitHub Actions workflow commands, one annotation per
//! finding (`::error file=...,line=...,col=...,endLine=...,endColumn=...,
//! title=...::message`), errors before warnings before notices.
//!
//! GitHub shows at most 10 annotations of each type per step; the rest are
//! dropped silently. So each type is cut at 10 here and one summary line says
//! how many were left out and how to see them all.

use crate::check::FileReport;
use crate::diagnostic::{LineIndex, Severity};
use crate::render::human::summary_line;
use crate::render::Summary;

/// GitHub's per-step limit of annotations per type.
pub const PER_TYPE: usize = 10;

/// Escape a property value (`file`, `title`): `%`, CR, LF, `:` and `,`.
fn escape_property(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
        .replace(':', "%3A")
        .replace(',', "%2C")
}

/// Escape the message: `%`, CR and LF.
fn escape_data(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

pub fn render(reports: &[FileReport]) -> String {
    let mut lines: Vec<(Severity, String)> = Vec::new();
    for r in reports {
        let index = r.text.as_deref().map(LineIndex::new);
        for f in &r.findings {
            let mut props = format!("file={}", escape_property(&r.path));
            if let (Some(span), Some(text), Some(index)) =
                (f.span, r.text.as_deref(), index.as_ref())
            {
                let s = index.position(text, span.start);
                let e = index.position(text, span.end);
                props.push_str(&format!(
                    ",line={},col={},endLine={}",
                    s.line, s.column, e.line
                ));
                // endColumn is only meaningful on a single line.
                if s.line == e.line {
                    props.push_str(&format!(",endColumn={}", e.column.max(s.column + 1)));
                }
            }
            props.push_str(&format!(
                ",title={}",
                escape_property(&format!("gencheck {}", f.rule))
            ));
            let command = match f.severity {
                Severity::Error => "error",
                Severity::Warning => "warning",
                Severity::Info => "notice",
            };
            lines.push((
                f.severity,
                format!("::{command} {props}::{}", escape_data(&f.message)),
            ));
        }
    }
    // Errors first, then warnings, then notices; stable within a type.
    lines.sort_by_key(|(sev, _)| std::cmp::Reverse(*sev));
    let mut out = String::new();
    let mut left_out: Vec<String> = Vec::new();
    for sev in [Severity::Error, Severity::Warning, Severity::Info] {
        let of_type: Vec<&String> = lines
            .iter()
            .filter(|(s, _)| *s == sev)
            .map(|(_, l)| l)
            .collect();
        for l in of_type.iter().take(PER_TYPE) {
            out.push_str(l);
            out.push('\n');
        }
        if of_type.len() > PER_TYPE {
            left_out.push(format!("{} {}s", of_type.len() - PER_TYPE, sev));
        }
    }
    let summary = summary_line(&Summary::of(reports));
    if left_out.is_empty() {
        out.push_str(&format!("{summary}\n"));
    } else {
        out.push_str(&format!(
            "{summary}; GitHub shows 10 annotations of each type per step, so {} were left out (run with --format human or --format concise to see them all)\n",
            left_out.join(" and ")
        ));
    }
    out
}
