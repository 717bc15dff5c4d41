//! `--format sarif`: SARIF 2.1.0 for GitHub code scanning and other SARIF
//! viewers.
//!
//! One run. `tool.driver.rules` lists every rule of [`Rule::ALL`] in that
//! order, so a result's `ruleIndex` is its rule's position there. Each
//! finding is one result:
//!
//! - the location is the report's path, relative to the directory gencheck
//!   ran in (`uriBaseId` `%SRCROOT%`), or an absolute `file://` URI for a
//!   file outside it;
//! - the region uses 1-based lines and columns counted in Unicode scalar
//!   values (`columnKind` `unicodeCodePoints`), the end column exclusive, as
//!   SARIF wants; a whole-file finding points at line 1;
//! - labels ("`(` opened here") become `relatedLocations`;
//! - `partialFingerprints["gencheckFingerprint/v1"]` identifies the finding
//!   by what it flags, not where (see `fingerprint` below).
//!
//! Findings beyond `--max-findings` are not results; the invocation carries
//! one notification per file saying how many were left out.

use std::collections::{BTreeMap, HashMap};

use serde_json::json;
use serde_sarif::sarif;

use crate::check::FileReport;
use crate::diagnostic::{Finding, LineIndex, Severity, Span};
use crate::rules::Rule;

/// `$schema` of the log: the URI SARIF 2.1.0 names for its final schema.
pub const SCHEMA_URI: &str = "https://json.schemastore.org/sarif-2.1.0.json";

/// The key of gencheck's own entry in `partialFingerprints`.
pub const FINGERPRINT_KEY: &str = "gencheckFingerprint/v1";

/// The base that relative artifact URIs are relative to: the directory
/// gencheck ran in (GitHub takes it as the repository's root).
pub const SRCROOT: &str = "%SRCROOT%";

/// A region's snippet is included up to this many bytes.
const MAX_SNIPPET_BYTES: usize = 4096;

pub fn render(reports: &[FileReport]) -> String {
    render_shard(reports, None)
}

/// The log of one shard of a `--shard I/N` run: its run carries
/// `automationDetails.id` `gencheck/shard-I-of-N/`, unique per shard, so
/// that the logs of the N jobs upload side by side.
pub fn render_shard(reports: &[FileReport], shard: Option<crate::shard::Shard>) -> String {
    let mut results = Vec::new();
    let mut notifications = Vec::new();
    for report in reports {
        let file = FileContext::new(report);
        let mut occurrences: HashMap<(Rule, String), usize> = HashMap::new();
        for finding in &report.findings {
            let key = identity(finding, &file);
            let occurrence = occurrences.entry((finding.rule, key.clone())).or_default();
            let fp = fingerprint(finding.rule, &report.path, &key, *occurrence);
            *occurrence += 1;
            results.push(result(finding, &file, fp));
        }
        if report.findings_omitted > 0 {
            notifications.push(
                sarif::Notification::builder()
                    .level(json!("note"))
                    .message(message(&format!(
                        "{} more finding{} in {} not listed (--max-findings)",
                        report.findings_omitted,
                        if report.findings_omitted == 1 {
                            ""
                        } else {
                            "s"
                        },
                        report.path
                    )))
                    .locations(vec![sarif::Location::builder()
                        .physical_location(
                            sarif::PhysicalLocation::builder()
                                .artifact_location(artifact_location(&report.path))
                                .build(),
                        )
                        .build()])
                    .build(),
            );
        }
    }

    let mut invocation = sarif::Invocation::builder()
        .execution_successful(true)
        .build();
    if !notifications.is_empty() {
        invocation.tool_execution_notifications = Some(notifications);
    }
    let mut run = sarif::Run::builder()
        .tool(tool())
        .column_kind(json!("unicodeCodePoints"))
        .results(results)
        .build();
    // Relative URIs are relative to the working directory: say which it is
    // (GitHub also takes it as the checkout path for absolute `file` URIs).
    if let Some(cwd) = working_directory() {
        invocation.working_directory =
            Some(sarif::ArtifactLocation::builder().uri(cwd.clone()).build());
        run.original_uri_base_ids = Some(BTreeMap::from([(
            SRCROOT.to_string(),
            sarif::ArtifactLocation::builder().uri(cwd).build(),
        )]));
    }
    run.invocations = Some(vec![invocation]);
    if let Some(shard) = shard {
        run.automation_details = Some(
            sarif::RunAutomationDetails::builder()
                .id(format!(
                    "gencheck/shard-{}-of-{}/",
                    shard.index, shard.count
                ))
                .build(),
        );
    }
    let log = sarif::Sarif::builder()
        .schema(SCHEMA_URI)
        .version(json!("2.1.0"))
        .runs(vec![run])
        .build();
    let mut out = serde_json::to_string_pretty(&log).expect("a SARIF log serializes");
    out.push('\n');
    out
}

fn tool() -> sarif::Tool {
    let mut driver = sarif::ToolComponent::builder()
        .name("gencheck")
        .version(env!("CARGO_PKG_VERSION"))
        .semantic_version(env!("CARGO_PKG_VERSION"))
        .rules(Rule::ALL.iter().map(|r| descriptor(*r)).collect::<Vec<_>>())
        .build();
    driver.information_uri = information_uri().map(str::to_string);
    sarif::Tool::builder().driver(driver).build()
}

/// The project's URL, from Cargo.toml's `homepage` or `repository`.
fn information_uri() -> Option<&'static str> {
    [env!("CARGO_PKG_HOMEPAGE"), env!("CARGO_PKG_REPOSITORY")]
        .into_iter()
        .find(|u| !u.is_empty())
}

fn level_name(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

fn result_level(severity: Severity) -> sarif::ResultLevel {
    match severity {
        Severity::Error => sarif::ResultLevel::Error,
        Severity::Warning => sarif::ResultLevel::Warning,
        Severity::Info => sarif::ResultLevel::Note,
    }
}

/// Tags GitHub shows as filters.
fn tags(rule: Rule) -> &'static [&'static str] {
    rule.meta().tags
}

/// SARIF wants a rule name distinct from its id (not only in case), a
/// Pascal-case identifier: `syntax-error` -> `SyntaxError`.
fn rule_name(rule: Rule) -> String {
    rule.meta().sarif_name.to_string()
}

/// SARIF messages are sentences: end them with a period.
fn sentence(s: &str) -> String {
    let s = s.trim_end();
    if s.ends_with(['.', '!', '?']) {
        s.to_string()
    } else {
        format!("{s}.")
    }
}

/// The first paragraph of a rule's documentation that is not a heading.
fn first_paragraph(doc: &str) -> Option<String> {
    doc.split("\n\n")
        .map(str::trim)
        .find(|p| !p.is_empty() && !p.starts_with('#'))
        .map(|p| p.split_whitespace().collect::<Vec<_>>().join(" "))
}

fn descriptor(rule: Rule) -> sarif::ReportingDescriptor {
    let doc = rule.documentation();
    let full = first_paragraph(&doc).unwrap_or_else(|| rule.summary().to_string());
    let help_text = format!(
        "{}\n\nShow this text with `gencheck rule {}`.\n",
        doc.trim_end(),
        rule.id()
    );
    let mut descriptor = sarif::ReportingDescriptor::builder()
        .id(rule.id())
        .short_description(
            sarif::MultiformatMessageString::builder()
                .text(sentence(&capitalized(rule.summary())))
                .build(),
        )
        .full_description(
            sarif::MultiformatMessageString::builder()
                .text(sentence(&full))
                .build(),
        )
        .help(
            sarif::MultiformatMessageString::builder()
                .text(help_text.clone())
                .markdown(help_text)
                .build(),
        )
        .default_configuration(
            sarif::ReportingConfiguration::builder()
                .level(json!(level_name(rule.default_severity())))
                .build(),
        )
        .properties(
            sarif::PropertyBag::builder()
                .tags(tags(rule).iter().map(|t| t.to_string()).collect::<Vec<_>>())
                .build(),
        )
        .build();
    // A name that only differs from the id in case is no name (SARIF1001).
    let name = rule_name(rule);
    if !name.eq_ignore_ascii_case(rule.id()) {
        descriptor.name = Some(name);
    }
    descriptor
}

fn capitalized(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().collect::<String>() + c.as_str())
        .unwrap_or_default()
}

fn message(text: &str) -> sarif::Message {
    sarif::Message::builder().text(sentence(text)).build()
}

/// Everything about one report that its results need.
struct FileContext<'a> {
    path: &'a str,
    text: Option<(&'a str, LineIndex)>,
}

impl<'a> FileContext<'a> {
    fn new(report: &'a FileReport) -> Self {
        FileContext {
            path: &report.path,
            text: report.text.as_deref().map(|t| (t, LineIndex::new(t))),
        }
    }

    /// The region of `span`, or `None` without text to point into.
    fn region(&self, span: Span) -> Option<Located> {
        let (text, index) = self.text.as_ref()?;
        Some(locate(text, index, span))
    }
}

/// A span turned into SARIF's terms.
struct Located {
    start_line: usize,
    start_column: usize,
    end_line: usize,
    end_column: usize,
    /// Byte range of the region (after the adjustments of [`locate`]).
    start: usize,
    end: usize,
    /// Byte range of the whole lines the region touches, without the last
    /// line break.
    lines_start: usize,
    lines_end: usize,
}

/// Lines and columns of `span`. An empty span is widened to the character
/// it stands before, when that is on the same line, so viewers have
/// something to underline; a span that ends just after a line break ends at
/// the end of that line instead of column 1 of the next.
fn locate(text: &str, index: &LineIndex, span: Span) -> Located {
    let mut span = span.clamp_to(text);
    if span.is_empty() {
        if let Some(c) = text[span.start..].chars().next() {
            if c != '\n' && c != '\r' {
                span.end += c.len_utf8();
            }
        }
    }
    let s = index.position(text, span.start);
    let mut e = index.position(text, span.end);
    let mut end = span.end;
    if e.line > s.line && e.column == 1 {
        let (line_start, line_end) = index.line_range(text, e.line - 2);
        e.line -= 1;
        e.column = text[line_start..line_end].chars().count() + 1;
        end = line_end.max(span.start);
    }
    let lines_start = index.line_start(s.line - 1);
    let (_, lines_end) = index.line_range(text, e.line - 1);
    Located {
        start_line: s.line,
        start_column: s.column,
        end_line: e.line,
        end_column: e.column,
        start: span.start,
        end,
        lines_start,
        lines_end: lines_end.max(lines_start),
    }
}

fn to_i64(n: usize) -> i64 {
    i64::try_from(n).unwrap_or(i64::MAX)
}

fn region(file: &FileContext<'_>, span: Option<Span>) -> sarif::Region {
    let Some(loc) = span.and_then(|s| file.region(s)) else {
        // A whole-file finding: its first line.
        return sarif::Region::builder().start_line(1).build();
    };
    let mut region = sarif::Region::builder()
        .start_line(to_i64(loc.start_line))
        .start_column(to_i64(loc.start_column))
        .end_line(to_i64(loc.end_line))
        .end_column(to_i64(loc.end_column))
        .build();
    if let Some((text, _)) = &file.text {
        let snippet = &text[loc.start..loc.end];
        if !snippet.is_empty() && snippet.len() <= MAX_SNIPPET_BYTES {
            region.snippet = Some(sarif::ArtifactContent::builder().text(snippet).build());
        }
    }
    region
}

fn location(file: &FileContext<'_>, span: Option<Span>) -> sarif::Location {
    sarif::Location::builder()
        .physical_location(
            sarif::PhysicalLocation::builder()
                .artifact_location(artifact_location(file.path))
                .region(region(file, span))
                .build(),
        )
        .build()
}

fn result(finding: &Finding, file: &FileContext<'_>, fingerprint: String) -> sarif::Result {
    let rule_index = Rule::ALL
        .iter()
        .position(|r| *r == finding.rule)
        .expect("every rule is in Rule::ALL");
    let mut text = sentence(&finding.message);
    if let Some(help) = &finding.help {
        text.push_str("\n\nhelp: ");
        text.push_str(&sentence(help));
    }
    let related: Vec<sarif::Location> = finding
        .labels
        .iter()
        .filter(|_| file.text.is_some())
        .enumerate()
        .map(|(i, label)| {
            let mut loc = location(file, Some(label.span));
            loc.id = Some(to_i64(i + 1));
            loc.message = Some(message(&label.message));
            loc
        })
        .collect();
    let mut result = sarif::Result::builder()
        .rule_id(finding.rule.id())
        .rule_index(to_i64(rule_index))
        .level(result_level(finding.severity))
        .message(sarif::Message::builder().text(text).build())
        .locations(vec![location(file, finding.span)])
        .partial_fingerprints(BTreeMap::from([(FINGERPRINT_KEY.to_string(), fingerprint)]))
        .build();
    if !related.is_empty() {
        result.related_locations = Some(related);
    }
    result
}

/// What identifies a finding apart from its rule and file, independent of
/// where in the file it is: the flagged line(s) and the flagged text, with
/// white space collapsed (re-indenting or moving code keeps it). A
/// whole-file finding has no line; its identity is the code its message
/// quotes (`name`), which names what it is about, not where it was.
fn identity(finding: &Finding, file: &FileContext<'_>) -> String {
    if let (Some(span), Some((text, index))) = (finding.span, file.text.as_ref()) {
        let loc = locate(text, index, span);
        return format!(
            "{}\u{0}{}",
            collapse(&text[loc.lines_start..loc.lines_end]),
            collapse(&text[loc.start..loc.end])
        );
    }
    finding
        .message
        .split('`')
        .skip(1)
        .step_by(2)
        .collect::<Vec<_>>()
        .join("\u{0}")
}

fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The stable fingerprint of a finding: FNV-1a (64 bits) of the rule id,
/// the path, the finding's `identity` and its occurrence index among the
/// findings of the same rule and identity in the file. No line numbers, so
/// inserting or deleting lines above a finding keeps it the same alert.
fn fingerprint(rule: Rule, path: &str, identity: &str, occurrence: usize) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let occurrence = occurrence.to_string();
    for part in [rule.id(), path, identity, &occurrence] {
        for b in part.bytes().chain([0xff]) {
            hash ^= u64::from(b);
            hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
    format!("{hash:016x}")
}

/// Where a report's file is: relative to `%SRCROOT%` when the path is
/// below the working directory (as gencheck prints it), else an absolute
/// `file://` URI.
fn artifact_location(path: &str) -> sarif::ArtifactLocation {
    let relative =
        !path.starts_with('/') && !looks_like_drive(path) && !path.split('/').any(|c| c == "..");
    if relative {
        return sarif::ArtifactLocation::builder()
            .uri(encode_path(path))
            .uri_base_id(SRCROOT)
            .build();
    }
    let absolute = if path.starts_with('/') || looks_like_drive(path) {
        path.to_string()
    } else {
        let cwd = std::env::current_dir().unwrap_or_default();
        normalize(&format!(
            "{}/{path}",
            cwd.to_string_lossy().replace('\\', "/")
        ))
    };
    let absolute = absolute.trim_start_matches('/');
    sarif::ArtifactLocation::builder()
        .uri(format!("file:///{}", encode_path(absolute)))
        .build()
}

/// The working directory as a `file` URI ending in `/`.
fn working_directory() -> Option<String> {
    let cwd = std::env::current_dir().ok()?;
    let cwd = normalize(&cwd.to_string_lossy().replace('\\', "/"));
    let cwd = cwd.trim_start_matches('/');
    if cwd.is_empty() {
        return Some("file:///".to_string());
    }
    Some(format!("file:///{}/", encode_path(cwd)))
}

fn looks_like_drive(path: &str) -> bool {
    let b = path.as_bytes();
    b.len() >= 3 && b[0].is_ascii_alphabetic() && b[1] == b':' && b[2] == b'/'
}

/// Resolve `.` and `..` in a `/`-separated absolute path.
fn normalize(path: &str) -> String {
    let mut parts: Vec<&str> = Vec::new();
    for c in path.split('/') {
        match c {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            c => parts.push(c),
        }
    }
    format!("/{}", parts.join("/"))
}

/// Percent-encode a `/`-separated path for a URI: everything but RFC 3986
/// unreserved characters and `/` (and `:` after a drive letter).
fn encode_path(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    for (i, b) in path.bytes().enumerate() {
        let keep = b.is_ascii_alphanumeric()
            || matches!(b, b'-' | b'.' | b'_' | b'~' | b'/')
            || (b == b':' && i == 1 && looks_like_drive(path));
        if keep {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_become_uri_references() {
        let loc = artifact_location("src/a b#1.py");
        assert_eq!(loc.uri.as_deref(), Some("src/a%20b%231.py"));
        assert_eq!(loc.uri_base_id.as_deref(), Some(SRCROOT));
        let loc = artifact_location("/tmp/é.py");
        assert_eq!(loc.uri.as_deref(), Some("file:///tmp/%C3%A9.py"));
        assert_eq!(loc.uri_base_id, None);
        let loc = artifact_location("C:/x/y.py");
        assert_eq!(loc.uri.as_deref(), Some("file:///C:/x/y.py"));
        let loc = artifact_location("../up.py");
        assert!(loc.uri.as_deref().unwrap().starts_with("file:///"));
        assert!(loc.uri.as_deref().unwrap().ends_with("/up.py"));
        assert!(!loc.uri.as_deref().unwrap().contains(".."));
        assert_eq!(artifact_location("a:b.py").uri.as_deref(), Some("a%3Ab.py"));
    }

    #[test]
    fn regions_are_one_based_exclusive_and_widened() {
        let text = "ab\néx(\n";
        let index = LineIndex::new(text);
        // `(` on line 2, after a two-byte char.
        let at = text.find('(').unwrap();
        let l = locate(text, &index, Span::empty(at));
        assert_eq!(
            (l.start_line, l.start_column, l.end_line, l.end_column),
            (2, 3, 2, 4)
        );
        // An empty span at a line break stays empty.
        let l = locate(text, &index, Span::empty(2));
        assert_eq!((l.start_column, l.end_column), (3, 3));
        // A whole line with its break ends on that line.
        let l = locate(text, &index, Span::new(0, 3));
        assert_eq!(
            (l.start_line, l.start_column, l.end_line, l.end_column),
            (1, 1, 1, 3)
        );
    }

    #[test]
    fn fingerprints_differ_by_every_part() {
        let a = fingerprint(Rule::SyntaxError, "a.py", "x", 0);
        assert_eq!(a, fingerprint(Rule::SyntaxError, "a.py", "x", 0));
        assert_ne!(a, fingerprint(Rule::Truncated, "a.py", "x", 0));
        assert_ne!(a, fingerprint(Rule::SyntaxError, "b.py", "x", 0));
        assert_ne!(a, fingerprint(Rule::SyntaxError, "a.py", "y", 0));
        assert_ne!(a, fingerprint(Rule::SyntaxError, "a.py", "x", 1));
        assert_eq!(a.len(), 16);
    }

    #[test]
    fn rule_names_are_pascal_case() {
        assert_eq!(rule_name(Rule::SyntaxError), "SyntaxError");
        assert_eq!(rule_name(Rule::LlmChatter), "LlmChatter");
        for r in Rule::ALL {
            assert!(!rule_name(*r).eq_ignore_ascii_case(r.id()), "{}", r.id());
        }
    }
}
