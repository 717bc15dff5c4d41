//! `--format human`: a code frame per finding (annotate-snippets), then one
//! summary line.

use annotate_snippets::renderer::DecorStyle;
use annotate_snippets::{AnnotationKind, Group, Level, Origin, Renderer, Snippet};

use crate::check::FileReport;
use crate::diagnostic::{Finding, LineIndex, Severity, Span};
use crate::render::Summary;

pub struct HumanOptions {
    pub color: bool,
    /// Show whole diffs instead of their first lines.
    pub full_diff: bool,
}

/// Diff lines shown per file unless `--full-diff`.
const DIFF_LINES: usize = 40;

fn level(sev: Severity) -> Level<'static> {
    match sev {
        Severity::Error => Level::ERROR,
        Severity::Warning => Level::WARNING,
        Severity::Info => Level::INFO,
    }
}

/// Render every report, then the summary line.
pub fn render(reports: &[FileReport], opts: &HumanOptions) -> String {
    let renderer = if opts.color {
        Renderer::styled()
    } else {
        Renderer::plain()
    }
    .decor_style(DecorStyle::Ascii);
    let mut out = String::new();
    for report in reports {
        let index = report.text.as_deref().map(LineIndex::new);
        if let Some(info) = &report.reply {
            out.push_str(&render_proposals(&report.path, info, opts.color));
        }
        for finding in &report.findings {
            out.push_str(&render_finding(&renderer, report, index.as_ref(), finding));
            out.push_str("\n\n");
        }
        if report.findings_omitted > 0 {
            out.push_str(&format!(
                "{}: {} more findings not shown\n\n",
                report.path, report.findings_omitted
            ));
        }
        // The diff explains a file that needs attention; accepted files
        // without warnings pass quietly.
        let attention = report
            .findings
            .iter()
            .any(|f| f.severity >= Severity::Warning);
        if let (Some(diff), true) = (&report.diff, attention) {
            if !diff.unified.is_empty() {
                out.push_str(&render_diff(report, diff, opts));
                out.push('\n');
            }
        }
    }
    match reports.first().filter(|r| r.reply.is_some()) {
        // `gencheck reply`: the reply's own verdict, then its files'.
        Some(reply) => out.push_str(&format!(
            "the reply is {}; {}",
            if reply.accepted {
                "accepted"
            } else {
                "rejected"
            },
            summary_line(&Summary::of(&reports[1..]))
        )),
        None => out.push_str(&summary_line(&Summary::of(reports))),
    }
    out.push('\n');
    out
}

/// The proposals read from a reply: what, where from, and every guess.
fn render_proposals(name: &str, info: &crate::reply::ReplyInfo, color: bool) -> String {
    let (bold, dim, reset) = if color {
        ("\x1b[1m", "\x1b[2m", "\x1b[0m")
    } else {
        ("", "", "")
    };
    let n = info.proposals.len();
    let mut out = format!(
        "{bold}{name}: {n} proposal{}{reset}\n",
        if n == 1 { "" } else { "s" }
    );
    for p in &info.proposals {
        let path = p.path.as_deref().unwrap_or("(no path)");
        out.push_str(&format!(
            "  #{} {bold}{path}{reset}: {} ({}), reply lines {}-{}\n",
            p.index, p.action, p.format, p.lines[0], p.lines[1]
        ));
        if let Some(from) = &p.path_from {
            out.push_str(&format!("     {dim}path from {from}{reset}\n"));
        }
        for note in &p.notes {
            out.push_str(&format!("     {dim}{note}{reset}\n"));
        }
    }
    if !info.applied.is_empty() {
        out.push_str(&format!("applied: {}\n", info.applied.join(", ")));
    }
    out.push('\n');
    out
}

fn render_diff(report: &FileReport, diff: &crate::diff::DiffReport, opts: &HumanOptions) -> String {
    let (green, red, cyan, bold, reset) = if opts.color {
        ("\x1b[32m", "\x1b[31m", "\x1b[36m", "\x1b[1m", "\x1b[0m")
    } else {
        ("", "", "", "", "")
    };
    let mut out = format!(
        "{bold}diff against {} (+{} -{}){reset}: {}\n",
        diff.previous, diff.lines_added, diff.lines_removed, report.path
    );
    let lines: Vec<&str> = diff.unified.lines().collect();
    let shown = if opts.full_diff {
        lines.len()
    } else {
        lines.len().min(DIFF_LINES)
    };
    for line in &lines[..shown] {
        let color = if line.starts_with("+++") || line.starts_with("---") {
            bold
        } else if line.starts_with('+') {
            green
        } else if line.starts_with('-') {
            red
        } else if line.starts_with("@@") {
            cyan
        } else {
            ""
        };
        let end = if color.is_empty() { "" } else { reset };
        out.push_str(&format!("{color}{line}{end}\n"));
    }
    if shown < lines.len() {
        out.push_str(&format!(
            "... {} more diff lines (--full-diff shows them, --no-diff hides diffs)\n",
            lines.len() - shown
        ));
    }
    out
}

pub fn summary_line(s: &Summary) -> String {
    let files = if s.files == 1 { "file" } else { "files" };
    format!(
        "{} {files} checked: {} accepted, {} rejected",
        s.files, s.accepted, s.rejected
    )
}

fn render_finding(
    renderer: &Renderer,
    report: &FileReport,
    index: Option<&LineIndex>,
    f: &Finding,
) -> String {
    let title = level(f.severity)
        .primary_title(f.message.as_str())
        .id(f.rule.id());
    let (Some(span), Some(text), Some(index)) = (f.span, report.text.as_deref(), index) else {
        let mut groups = vec![title.element(Origin::path(report.path.as_str()))];
        if let Some(help) = &f.help {
            groups.push(Group::with_title(
                Level::HELP.secondary_title(help.as_str()),
            ));
        }
        return renderer.render(&groups).to_string();
    };
    // Only the lines the annotations touch go into the snippet.
    let mut first = index.line_of(span.start);
    let mut last = index.line_of(span.end.max(span.start));
    for l in &f.labels {
        first = first.min(index.line_of(l.span.start));
        last = last.max(index.line_of(l.span.end));
    }
    // A label far away would drag in every line between: show it alone.
    let near = |s: Span| index.line_of(s.start).abs_diff(index.line_of(span.start)) <= 8;
    if f.labels.iter().any(|l| !near(l.span)) {
        first = index.line_of(span.start);
        last = index.line_of(span.end);
    }
    let base = index.line_start(first);
    let (_, end) = index.line_range(text, last.min(index.line_count() - 1));
    let source = &text[base..end];
    let local = |s: Span| {
        let start = s.start.saturating_sub(base).min(source.len());
        let end = s.end.saturating_sub(base).min(source.len()).max(start);
        start..end
    };
    let mut snippet = Snippet::source(source)
        .line_start(first + 1)
        .path(report.path.as_str())
        .fold(true)
        .annotation(AnnotationKind::Primary.span(local(span)));
    let mut far_labels = Vec::new();
    for l in &f.labels {
        if near(l.span) {
            snippet = snippet.annotation(
                AnnotationKind::Context
                    .span(local(l.span))
                    .label(l.message.as_str()),
            );
        } else {
            far_labels.push(l);
        }
    }
    let mut groups = vec![title.element(snippet)];
    for l in far_labels {
        let line = index.line_of(l.span.start);
        let (ls, le) = index.line_range(text, line);
        let src = &text[ls..le];
        let s = l.span.start.saturating_sub(ls).min(src.len());
        let e = l.span.end.saturating_sub(ls).min(src.len()).max(s);
        groups.push(
            Group::with_title(Level::NOTE.secondary_title(l.message.as_str())).element(
                Snippet::source(src)
                    .line_start(line + 1)
                    .path(report.path.as_str())
                    .annotation(AnnotationKind::Context.span(s..e)),
            ),
        );
    }
    if let Some(help) = &f.help {
        groups.push(Group::with_title(
            Level::HELP.secondary_title(help.as_str()),
        ));
    }
    renderer.render(&groups).to_string()
}
