//! The pipeline for one file: bytes → language → text → rules → report.
//! It never knows where the bytes came from (disk, stdin, the git index).

use std::path::Path;
use std::sync::Arc;

use crate::classify;
use crate::diagnostic::{Finding, Severity};
use crate::lang::sql::Dialect;
use crate::lang::FileContext;
use crate::language::{language_for_path, language_for_shebang, Language};
use crate::rules::{self, Rule};
use crate::text;

/// Limits that keep a hostile or huge input from hanging a hook.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// Files larger than this are not parsed (`limit-exceeded`).
    pub max_file_bytes: u64,
    /// Findings reported per file; the rest are counted.
    pub max_findings: usize,
    /// Milliseconds one file may take (parsing and every rule); past it the
    /// file is reported with `limit-exceeded` and the run goes on.
    pub max_check_ms: u64,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_file_bytes: 10_000_000,
            max_findings: 100,
            max_check_ms: 10_000,
        }
    }
}

/// What the user chose for this run.
#[derive(Debug, Clone, Default)]
pub struct CheckOptions {
    /// Force this language instead of the one the path implies.
    pub language: Option<Language>,
    /// The SQL dialect; `None` means: what the extension implies, else generic.
    pub dialect: Option<Dialect>,
    /// Warnings reject too.
    pub strict: bool,
    pub limits: Limits,
    /// Compute the diff against the previous version (`--no-diff` turns it off).
    pub diff: bool,
    /// The configuration file's settings (defaults when there is none).
    pub config: Arc<crate::config::Config>,
}

/// One file to check.
#[derive(Debug, Clone)]
pub struct Input {
    /// The path as shown to the user (relative, `/`-separated).
    pub path: String,
    pub bytes: Vec<u8>,
    /// The version this one replaces, when there is one.
    pub previous: Option<Previous>,
    /// The content is over `max-file-bytes` and was not read: `bytes` then
    /// holds only its start ([`HEAD_BYTES`]).
    pub oversized: Option<Oversized>,
}

/// A file over `max-file-bytes`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Oversized {
    /// Its size, when known (a regular file, a blob); a stream (standard
    /// input, a pipe, a device) is not read to its end, which may never come.
    pub size: Option<u64>,
}

/// What is read of a file over `max-file-bytes`: enough for a `#!` line.
pub const HEAD_BYTES: usize = 256;

/// The previous version of a file.
#[derive(Debug, Clone)]
pub struct Previous {
    /// What it is: `HEAD`, `merge-base 1a2b3c4d`, or the `--previous` file.
    pub label: String,
    /// Its path (the old path of a renamed file).
    pub path: String,
    pub bytes: Vec<u8>,
    /// It is over `max-file-bytes` and was not read (`bytes` holds its
    /// start): it had content, but is not compared.
    pub oversized: Option<Oversized>,
}

/// The outcome for one file.
#[derive(Debug, Clone)]
pub struct FileReport {
    pub path: String,
    /// The language the path (or `--lang`, or a `#!` line) implies.
    pub language: Option<Language>,
    /// What the content looks like; `None` when unsure or not classified.
    pub detected_language: Option<Language>,
    /// Sorted by position; whole-file findings first.
    pub findings: Vec<Finding>,
    /// Findings beyond the per-file cap, counted but not listed.
    pub findings_omitted: usize,
    pub accepted: bool,
    /// The text the spans point into, kept only when a finding has a span.
    pub text: Option<Arc<str>>,
    /// The diff against the previous version.
    pub diff: Option<crate::diff::DiffReport>,
}

/// The language `path` implies, falling back to a `#!` line in `bytes`.
pub fn resolve_language(path: &str, bytes: &[u8], forced: Option<Language>) -> Option<Language> {
    forced
        .or_else(|| language_for_path(Path::new(path)))
        .or_else(|| {
            let first = bytes.split(|b| *b == b'\n').next().unwrap_or(&[]);
            language_for_shebang(first)
        })
}

/// The report for a file whose check ran out of time (`max-check-ms`).
pub fn timed_out(path: &str, bytes: &[u8], opts: &CheckOptions) -> FileReport {
    let settings = opts.config.settings_for(Path::new(path));
    let language = resolve_language(path, bytes, opts.language.or(settings.language));
    let mut findings = vec![rules::limit_exceeded::took_too_long(
        opts.limits.max_check_ms,
    )];
    apply_levels(&mut findings, &settings);
    FileReport {
        path: path.to_string(),
        language,
        detected_language: None,
        accepted: is_accepted(&findings, opts.strict),
        findings,
        findings_omitted: 0,
        text: None,
        diff: None,
    }
}

pub fn check_input(input: &Input, opts: &CheckOptions) -> FileReport {
    let settings = opts.config.settings_for(Path::new(&input.path));
    let language = resolve_language(
        &input.path,
        &input.bytes,
        opts.language.or(settings.language),
    );
    let file_name = Path::new(&input.path)
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or(&input.path)
        .to_string();
    let mut report = FileReport {
        path: input.path.clone(),
        language,
        detected_language: None,
        findings: Vec::new(),
        findings_omitted: 0,
        accepted: true,
        text: None,
        diff: None,
    };
    let mut findings = Vec::new();
    let mut kept_text: Option<Arc<str>> = None;
    match language {
        None => findings.push(rules::unknown_language::finding(&file_name)),
        Some(_)
            if input.oversized.is_some()
                || input.bytes.len() as u64 > opts.limits.max_file_bytes =>
        {
            let size = match input.oversized {
                Some(o) => o.size,
                None => Some(input.bytes.len() as u64),
            };
            findings.push(rules::limit_exceeded::file_too_large(
                size,
                opts.limits.max_file_bytes,
            ));
        }
        Some(lang) => match text::decode(&input.bytes, Some(lang)) {
            Err(not_text) => {
                findings.push(rules::not_text::finding(&not_text));
                if not_text.offset.is_some() {
                    kept_text = Some(Arc::from(String::from_utf8_lossy(&input.bytes).as_ref()));
                }
            }
            Ok(decoded) => {
                let text = decoded.text.as_ref();
                if let Some(m) = &decoded.mislabeled {
                    findings.push(rules::encoding_mismatch::finding(text, m));
                }
                let previous_oversized = input
                    .previous
                    .as_ref()
                    .is_some_and(|p| p.oversized.is_some());
                let previous = input
                    .previous
                    .as_ref()
                    .filter(|p| p.oversized.is_none())
                    .and_then(|p| {
                        text::decode(&p.bytes, Some(lang))
                            .ok()
                            .map(|t| (p, t.text.into_owned()))
                    });
                let previous_had_content = if previous_oversized {
                    Some(true)
                } else {
                    previous.as_ref().map(|(_, t)| !t.trim().is_empty())
                };
                if let Some(f) =
                    rules::empty_file::check(text, &file_name, Some(lang), previous_had_content)
                {
                    findings.push(f);
                } else if !lang.is_checked() {
                    findings.push(rules::unknown_language::not_checked(&file_name, lang));
                } else {
                    let body = &text[decoded.skip..];
                    let setup = FileContext {
                        path: &input.path,
                        dialect: opts.dialect.or(settings.dialect),
                    };
                    let (mut found, detected) = run_rules(body, lang, &setup, true);
                    report.detected_language = detected;
                    if decoded.skip > 0 {
                        for f in &mut found {
                            shift(f, decoded.skip);
                        }
                    }
                    findings.extend(found);
                    // An unchanged file lost nothing: skip the definitions
                    // parse (the common case of `check` in a work tree).
                    if let Some((prev, prev_text)) = previous.as_ref().filter(|(_, t)| t != text) {
                        let compare_as = report
                            .detected_language
                            .filter(|l| l.is_checked())
                            .unwrap_or(lang);
                        findings.extend(crate::diff::removed_definitions(
                            compare_as,
                            prev_text,
                            text,
                            &prev.label,
                        ));
                        crate::rules::previous::sharpen(
                            &mut findings,
                            prev_text,
                            text,
                            &prev.label,
                        );
                    }
                }
                if let (Some((prev, prev_text)), true) = (&previous, opts.diff) {
                    if prev_text != text {
                        report.diff = Some(crate::diff::unified(
                            prev_text,
                            text,
                            &prev.path,
                            &input.path,
                            &prev.label,
                        ));
                    } else {
                        report.diff = Some(crate::diff::DiffReport {
                            previous: prev.label.clone(),
                            lines_added: 0,
                            lines_removed: 0,
                            unified: String::new(),
                        });
                    }
                }
                crate::suppress::apply(text, &lang.spec().comment_tokens, &mut findings);
                if findings.iter().any(|f| f.span.is_some()) {
                    kept_text = Some(Arc::from(text));
                }
            }
        },
    }
    apply_levels(&mut findings, &settings);
    if let Some(text) = &kept_text {
        for f in &mut findings {
            f.span = f.span.map(|s| s.clamp_to(text));
            for l in &mut f.labels {
                l.span = l.span.clamp_to(text);
            }
        }
    }
    // Whole-file findings first, then by position.
    let order = |f: &Finding| (f.span.map(|s| (1, s.start)).unwrap_or((0, 0)), f.rule);
    findings.sort_by_key(order);
    // The verdict counts every finding, listed or not.
    report.accepted = is_accepted(&findings, opts.strict);
    if findings.len() > opts.limits.max_findings {
        // Keep what rejects first, then the rest, each in file order.
        let listed = opts.limits.max_findings;
        findings.sort_by_key(|f| std::cmp::Reverse(f.severity));
        report.findings_omitted = findings.len() - listed;
        findings.truncate(listed);
        findings.sort_by_key(order);
    }
    report.findings = findings;
    report.text = kept_text;
    report
}

/// Every rule over `text` as `lang`. Returns the findings and the language
/// the content was detected as (`None` when unsure).
///
/// A valid file costs one strict parse plus line scans. A rejected file is
/// classified first (another language entirely?); then chatter, fences and
/// conflict markers are found, hidden, and the text parsed again, so that
/// the code around them is still checked and the syntax errors left are
/// the file's own.
fn run_rules(
    text: &str,
    lang: Language,
    setup: &FileContext<'_>,
    classify_content: bool,
) -> (Vec<Finding>, Option<Language>) {
    let analyze = |t: &str| rules::syntax_error::analyze(t, lang, setup);
    let mut analysis = analyze(text);
    let mut findings: Vec<Finding> = Vec::new();
    let broken = !analysis.rejected.is_empty();
    if classify_content && (broken || classify::quick_tell(text, lang)) {
        if let Some(detection) = classify::detect(text, lang, &analysis.rejected) {
            let implied_errors = analysis.errors.len() + analysis.unverified.len();
            findings.push(rules::language_mismatch::finding(
                text,
                setup.path,
                lang,
                &detection,
                implied_errors,
            ));
            let detected = detection.language;
            if detected.is_checked() {
                // Content of another language: checked as that language's
                // plain form (no stub, no dialect).
                let inner = FileContext {
                    path: "",
                    dialect: Some(Dialect::Generic),
                };
                let (more, _) = run_rules(text, detected, &inner, false);
                findings.extend(more);
            }
            return (findings, Some(detected));
        }
    }
    let mut current: std::borrow::Cow<'_, str> = std::borrow::Cow::Borrowed(text);
    if broken {
        let comments = &lang.spec().comment_tokens;
        let (chatter, chatter_lines) = rules::llm_chatter::find(&current, &analysis, comments);
        if !chatter_lines.is_empty() {
            current = std::borrow::Cow::Owned(crate::lines::mask(&current, &chatter_lines));
            analysis = analyze(&current);
        }
        findings.extend(chatter);
        let (fences, fence_lines) = rules::markdown_fence::find(&current, &analysis);
        let (conflicts, conflict_lines) = rules::merge_conflict::find(&current, &analysis);
        if !fence_lines.is_empty() || !conflict_lines.is_empty() {
            let hide: Vec<_> = fence_lines.into_iter().chain(conflict_lines).collect();
            current = std::borrow::Cow::Owned(crate::lines::mask(&current, &hide));
            analysis = analyze(&current);
        }
        findings.extend(fences);
        findings.extend(conflicts);
    }
    findings.extend(rules::placeholder::find(&current, &analysis));
    let tail_intact = current.trim_end().len() == text.trim_end().len();
    let (truncation, explained) = rules::truncated::find(&current, &analysis, lang, tail_intact);
    findings.extend(truncation);
    findings.extend(rules::syntax_error::findings(
        &current,
        &analysis.errors,
        &explained,
    ));
    let detected = analysis.errors.is_empty().then_some(lang);
    let mut extra: Vec<Finding> = analysis
        .unverified
        .iter()
        .map(rules::unverified_statement::finding)
        .collect();
    // The last statement of a truncated file is incomplete, not unverified.
    if let Some(cut) = findings
        .iter()
        .find(|f| f.rule == Rule::Truncated)
        .and_then(|f| f.span)
    {
        if let Some(last) = extra
            .iter()
            .enumerate()
            .filter(|(_, f)| f.span.is_some_and(|s| s.start <= cut.start))
            .max_by_key(|(_, f)| f.span.map(|s| s.start))
            .map(|(i, _)| i)
        {
            extra.remove(last);
        }
    }
    findings.extend(extra);
    (findings, detected)
}

/// Severities from the configuration: `off` drops a rule's findings.
/// `not-text` is never changed.
fn apply_levels(findings: &mut Vec<Finding>, settings: &crate::config::FileSettings) {
    if settings.rules.is_empty() {
        return;
    }
    findings.retain_mut(|f| {
        if f.rule == Rule::NotText {
            return true;
        }
        match settings.level(f.rule) {
            Some(crate::config::Level::Off) => false,
            Some(crate::config::Level::On(sev)) => {
                f.severity = sev;
                true
            }
            None => true,
        }
    });
}

fn shift(f: &mut Finding, by: usize) {
    f.span = f.span.map(|s| s.offset(by));
    for l in &mut f.labels {
        l.span = l.span.offset(by);
    }
}

/// The one place that turns findings into a verdict.
pub fn is_accepted(findings: &[Finding], strict: bool) -> bool {
    !findings
        .iter()
        .any(|f| f.severity == Severity::Error || (strict && f.severity == Severity::Warning))
}
