//! `--format json`: the contract's `gencheck/v1` document.

use serde::Serialize;

use crate::check::FileReport;
use crate::diagnostic::{Finding, LineIndex, Position, Span};
use crate::render::Summary;

#[derive(Serialize)]
struct Document<'a> {
    schema: &'static str,
    files: Vec<JsonFile<'a>>,
    summary: JsonSummary,
}

#[derive(Serialize)]
struct JsonSummary {
    files: usize,
    accepted: usize,
    rejected: usize,
}

#[derive(Serialize)]
struct JsonFile<'a> {
    path: &'a str,
    language: Option<&'static str>,
    detected_language: Option<&'static str>,
    accepted: bool,
    findings: Vec<JsonFinding<'a>>,
    /// Extension: findings beyond the per-file cap.
    findings_omitted: usize,
    diff: Option<JsonDiff<'a>>,
    /// Extension (`gencheck reply`): on the reply's own entry, every
    /// proposal read from it and the files `--apply` wrote.
    #[serde(skip_serializing_if = "Option::is_none")]
    reply: Option<&'a crate::reply::ReplyInfo>,
}

#[derive(Serialize)]
struct JsonDiff<'a> {
    previous: &'a str,
    lines_added: usize,
    lines_removed: usize,
    unified: &'a str,
}

#[derive(Serialize)]
struct JsonFinding<'a> {
    rule: &'static str,
    severity: &'static str,
    message: &'a str,
    span: Option<JsonSpan>,
    /// Extension: secondary locations ("`(` opened here").
    #[serde(skip_serializing_if = "Vec::is_empty")]
    labels: Vec<JsonLabel<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    help: Option<&'a str>,
}

#[derive(Serialize)]
struct JsonLabel<'a> {
    message: &'a str,
    span: JsonSpan,
}

#[derive(Serialize)]
struct JsonSpan {
    start: Position,
    end: Position,
}

fn json_span(text: &str, index: &LineIndex, span: Span) -> JsonSpan {
    JsonSpan {
        start: index.position(text, span.start),
        end: index.position(text, span.end),
    }
}

fn json_finding<'a>(f: &'a Finding, text: Option<(&str, &LineIndex)>) -> JsonFinding<'a> {
    let span = |s: Span| text.map(|(t, idx)| json_span(t, idx, s));
    JsonFinding {
        rule: f.rule.id(),
        severity: f.severity.as_str(),
        message: &f.message,
        span: f.span.and_then(span),
        labels: f
            .labels
            .iter()
            .filter_map(|l| {
                span(l.span).map(|s| JsonLabel {
                    message: &l.message,
                    span: s,
                })
            })
            .collect(),
        help: f.help.as_deref(),
    }
}

pub fn render(reports: &[FileReport]) -> String {
    let summary = Summary::of(reports);
    let files = reports
        .iter()
        .map(|r| {
            let index = r.text.as_deref().map(LineIndex::new);
            let text = r.text.as_deref().zip(index.as_ref());
            JsonFile {
                path: &r.path,
                language: r.language.map(|l| l.name()),
                detected_language: r.detected_language.map(|l| l.name()),
                accepted: r.accepted,
                findings: r.findings.iter().map(|f| json_finding(f, text)).collect(),
                findings_omitted: r.findings_omitted,
                diff: r.diff.as_ref().map(|d| JsonDiff {
                    previous: &d.previous,
                    lines_added: d.lines_added,
                    lines_removed: d.lines_removed,
                    unified: &d.unified,
                }),
                reply: r.reply.as_deref(),
            }
        })
        .collect();
    let doc = Document {
        schema: "gencheck/v1",
        files,
        summary: JsonSummary {
            files: summary.files,
            accepted: summary.accepted,
            rejected: summary.rejected,
        },
    };
    let mut s = serde_json::to_string_pretty(&doc).expect("reports serialize");
    s.push('\n');
    s
}
