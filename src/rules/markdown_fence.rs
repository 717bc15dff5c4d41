//! # markdown-fence
//!
//! A markdown code fence line (```` ``` ````, ```` ```python ````, `~~~sql`)
//! in a source file.
//!
//! **Why.** Chat models wrap code in fences; a pipeline that saves the reply
//! as-is keeps them. No language accepts them, and they often come with
//! chatter around the code.
//!
//! **How.** A line that is only a fence (three or more backticks or tildes,
//! an optional info string such as a language tag) outside strings and
//! comments. The fence lines are then hidden from the parser, so the code
//! between them is still checked.
//!
//! **Leaves alone.** Fences inside strings and comments: a docstring with a
//! markdown example is valid code. Markdown files themselves are never
//! checked by this rule.
//!
//! **Example.**
//!
//! ```text
//! ```python
//! def total(items):
//!     return sum(items)
//! ```
//! ```

/// The rule's registry entry (`rules/mod.rs`).
pub const META: crate::rules::RuleMeta = crate::rules::RuleMeta {
    id: "markdown-fence",
    severity: crate::diagnostic::Severity::Error,
    summary: "a markdown code fence line (```lang) is in the file",
    sarif_name: "MarkdownFence",
    tags: &["correctness", "generated-code"],
};

use crate::analysis::{Analysis, RegionKind};
use crate::diagnostic::{Finding, Span};
use crate::lines::lines;
use crate::rules::Rule;

/// The fence and its info string, when `line` is a fence line.
pub fn fence(line: &str) -> Option<(&str, &str)> {
    let t = line.trim();
    let ch = t.chars().next()?;
    if ch != '`' && ch != '~' {
        return None;
    }
    let run = t.chars().take_while(|c| *c == ch).count();
    if run < 3 {
        return None;
    }
    let info = t[run..].trim();
    // An info string has no backticks; a language tag is one word.
    if info.contains('`') || info.split_whitespace().count() > 3 {
        return None;
    }
    Some((&t[..run], info))
}

/// Fence findings, and the lines to hide from the parser.
pub fn find(text: &str, analysis: &Analysis) -> (Vec<Finding>, Vec<Span>) {
    let bytes = text.as_bytes();
    if memchr::memmem::find(bytes, b"```").is_none()
        && memchr::memmem::find(bytes, b"~~~").is_none()
    {
        return (Vec::new(), Vec::new());
    }
    let mut findings = Vec::new();
    let mut spans = Vec::new();
    let mut open = false;
    for line in lines(text) {
        let Some((marks, info)) = fence(line.text) else {
            continue;
        };
        let indent = line.text.len() - line.text.trim_start().len();
        let at = line.span.start + indent;
        // Inside a comment, or a string that goes on past the fence marks
        // (a docstring's Markdown), the fence is text. A string that starts
        // or ends at the marks is made of them (JavaScript's backticks).
        if analysis
            .region_at(at)
            .is_some_and(|r| r.kind == RegionKind::Comment || r.span.end > at + marks.len())
        {
            continue;
        }
        let role = if !info.is_empty() {
            open = true;
            "opening"
        } else if open {
            open = false;
            "closing"
        } else {
            open = true;
            "opening"
        };
        let shown = if info.is_empty() {
            marks.to_string()
        } else {
            format!("{marks}{info}")
        };
        findings.push(
            Finding::new(
                Rule::MarkdownFence,
                Some(Span::new(at, line.span.end)),
                format!("markdown code fence `{shown}` ({role}) in the file"),
            )
            .with_help("delete the fence line: the file must hold only the code"),
        );
        spans.push(line.span);
    }
    (findings, spans)
}
