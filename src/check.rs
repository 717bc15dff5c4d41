//! The pipeline for one file: bytes → language → text → rules → report.
//! It never knows where the bytes came from (disk, stdin, the git index).

use std::path::Path;
use std::sync::Arc;

use crate::diagnostic::{Finding, Severity};
use crate::lang::sql::Dialect;
use crate::lang::FileContext;
use crate::language::{language_for_path, language_for_shebang, Language};
use crate::rules::{self, Rule};
use crate::text;

pub use crate::source::{Oversized, HEAD_BYTES};

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
    /// Checker threads; `None` means the available cores.
    pub threads: Option<usize>,
    /// Only this share of the files (`--shard I/N`).
    pub shard: Option<crate::shard::Shard>,
    /// Show a progress line on standard error when a run passes a second
    /// (set when standard error is a terminal and the output is for people).
    pub progress: bool,
}

impl CheckOptions {
    /// How many checker threads to run.
    pub fn threads(&self) -> usize {
        self.threads
            .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()))
            .max(1)
    }

    /// The checker threads for `files` inputs (when known): no more than
    /// there are files, so that one file starts one thread (and the cgroup
    /// files behind the core count are not read).
    pub fn threads_for(&self, files: Option<usize>) -> usize {
        match files {
            Some(n) if n <= 1 => 1,
            Some(n) => self.threads().min(n),
            None => self.threads(),
        }
    }
}

/// One file to check.
#[derive(Debug, Clone)]
pub struct Input {
    /// The path as shown to the user (relative, `/`-separated).
    pub path: String,
    pub bytes: Vec<u8>,
    /// The version this one replaces, when there is one.
    pub previous: Option<Previous>,
    /// Where to find the version this one replaces, asked only once the
    /// rules have run (when `previous` is `None`): a git lookup still
    /// under way overlaps the check.
    pub deferred_previous: Option<DeferredPrevious>,
    /// The content is over `max-file-bytes` and was not read: `bytes` then
    /// holds only its start ([`HEAD_BYTES`]).
    pub oversized: Option<Oversized>,
    /// Where the file is on disk, when its bytes are a file there (or, for
    /// `staged` and `reply`, the work tree's file they stand for): what is
    /// beside it counts (a `.js` file's nearest `package.json`). `None` for
    /// standard input and for `ci`'s git objects.
    pub on_disk: Option<std::path::PathBuf>,
}

/// A previous version looked up when needed: given the current bytes.
#[derive(Clone)]
pub struct DeferredPrevious(pub Arc<PreviousLookup>);

/// Finds the previous version of a file given its current bytes.
pub type PreviousLookup = dyn Fn(&[u8]) -> Option<Previous> + Send + Sync;

impl std::fmt::Debug for DeferredPrevious {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("DeferredPrevious")
    }
}

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
    /// `gencheck reply`: the reply's proposals (on the reply's own report).
    pub reply: Option<Arc<crate::reply::ReplyInfo>>,
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
        reply: None,
    }
}

/// One file being checked: what is resolved once (settings, language, file
/// name) and the findings so far.
struct FileCheck<'a> {
    input: &'a Input,
    opts: &'a CheckOptions,
    settings: crate::config::FileSettings,
    language: Option<Language>,
    file_name: &'a str,
}

/// The previous version, decoded.
struct PreviousText<'a> {
    meta: &'a Previous,
    text: String,
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
        .unwrap_or(&input.path);
    let file = FileCheck {
        input,
        opts,
        settings,
        language,
        file_name,
    };
    let mut report = FileReport {
        path: input.path.clone(),
        language,
        detected_language: None,
        findings: Vec::new(),
        findings_omitted: 0,
        accepted: true,
        text: None,
        diff: None,
        reply: None,
    };
    let mut findings = Vec::new();
    let kept_text = file.check(&mut findings, &mut report);
    file.verdict(findings, kept_text, &mut report);
    report
}

impl FileCheck<'_> {
    /// Phase 1: whether the file can be checked at all (a language, within
    /// the limits, text); then the rest. Returns the text the findings'
    /// spans point into, when one has a span.
    fn check(&self, findings: &mut Vec<Finding>, report: &mut FileReport) -> Option<Arc<str>> {
        let input = self.input;
        let Some(lang) = self.language else {
            findings.push(rules::unknown_language::finding(self.file_name));
            return None;
        };
        if input.oversized.is_some() || input.bytes.len() as u64 > self.opts.limits.max_file_bytes {
            let size = match input.oversized {
                Some(o) => o.size,
                None => Some(input.bytes.len() as u64),
            };
            findings.push(rules::limit_exceeded::file_too_large(
                size,
                self.opts.limits.max_file_bytes,
            ));
            return None;
        }
        let decoded = match text::decode(&input.bytes, Some(lang)) {
            Err(not_text) => {
                findings.push(rules::not_text::finding(&not_text));
                return not_text
                    .offset
                    .map(|_| Arc::from(String::from_utf8_lossy(&input.bytes).as_ref()));
            }
            Ok(decoded) => decoded,
        };
        let text = decoded.text.as_ref();
        if let Some(m) = &decoded.mislabeled {
            findings.push(rules::encoding_mismatch::finding(text, m));
        }
        self.check_text(lang, text, decoded.skip, findings, report);
        let off: Vec<Rule> = self
            .settings
            .rules
            .iter()
            .filter(|(r, _)| !self.enabled(*r))
            .map(|(r, _)| *r)
            .collect();
        crate::suppress::apply(text, &lang.spec().comment_tokens, &off, findings);
        findings
            .iter()
            .any(|f| f.span.is_some())
            .then(|| Arc::from(text))
    }

    /// Phase 2: the decoded text: emptiness, the rules, then what the
    /// previous version adds.
    fn check_text(
        &self,
        lang: Language,
        text: &str,
        skip: usize,
        findings: &mut Vec<Finding>,
        report: &mut FileReport,
    ) {
        // The previous version is looked up after the rules (a git lookup
        // overlaps them), but before them when the file is blank: whether
        // the previous version had content decides `empty-file`'s severity.
        let looked_up: std::cell::OnceCell<Option<Previous>> = std::cell::OnceCell::new();
        let previous_meta = || -> Option<&Previous> {
            self.input.previous.as_ref().or_else(|| {
                looked_up
                    .get_or_init(|| {
                        self.input
                            .deferred_previous
                            .as_ref()
                            .and_then(|d| (d.0)(&self.input.bytes))
                    })
                    .as_ref()
            })
        };
        // Decoded once, when first asked for.
        let decoded: std::cell::OnceCell<Option<PreviousText>> = std::cell::OnceCell::new();
        let previous = || {
            decoded
                .get_or_init(|| {
                    let meta = previous_meta().filter(|p| p.oversized.is_none())?;
                    let t = text::decode(&meta.bytes, Some(lang)).ok()?;
                    Some(PreviousText {
                        meta,
                        text: t.text.into_owned(),
                    })
                })
                .as_ref()
        };
        let empty = if rules::empty_file::is_blank(text) {
            // An oversized previous version is not read, but it had content.
            let previous_had_content = if previous_meta().is_some_and(|p| p.oversized.is_some()) {
                Some(true)
            } else {
                previous().map(|p| !p.text.trim().is_empty())
            };
            rules::empty_file::check(text, self.file_name, Some(lang), previous_had_content)
        } else {
            None
        };
        let checked = empty.is_none() && lang.is_checked();
        let current_definitions = std::cell::OnceCell::new();
        if let Some(f) = empty {
            findings.push(f);
        } else if !checked {
            findings.push(rules::unknown_language::not_checked(self.file_name, lang));
        } else {
            // The file's own definitions, from the parse its rules make,
            // when a previous version may be compared with it.
            let compared = skip == 0
                && self.enabled(Rule::DefinitionsRemoved)
                && (self.input.previous.is_some() || self.input.deferred_previous.is_some());
            let ctx = FileContext {
                path: &self.input.path,
                dialect: self.opts.dialect.or(self.settings.dialect),
                dir: self.input.on_disk.as_deref().and_then(Path::parent),
                definitions: compared.then_some(&current_definitions),
            };
            let (mut found, detected) = rules::run(&text[skip..], lang, &ctx, true);
            report.detected_language = detected;
            if skip > 0 {
                for f in &mut found {
                    shift(f, skip);
                }
            }
            findings.extend(found);
        }
        let Some(prev) = previous() else {
            return;
        };
        if prev.text == text {
            // An unchanged file lost nothing.
            if self.opts.diff {
                report.diff = Some(crate::diff::DiffReport {
                    previous: prev.meta.label.clone(),
                    lines_added: 0,
                    lines_removed: 0,
                    unified: String::new(),
                });
            }
            return;
        }
        // Phase 3: the previous version, diffed once.
        let diff = crate::diff::LineDiff::new(&prev.text, text);
        if checked {
            if self.enabled(Rule::DefinitionsRemoved) {
                let compare_as = report
                    .detected_language
                    .filter(|l| l.is_checked())
                    .unwrap_or(lang);
                let known = (compare_as == lang)
                    .then(|| current_definitions.into_inner())
                    .flatten();
                findings.extend(rules::definitions_removed::find(
                    compare_as,
                    &prev.text,
                    text,
                    known,
                    &prev.meta.label,
                ));
            }
            rules::previous::sharpen(findings, &diff, &prev.text, text, &prev.meta.label);
        }
        if self.opts.diff {
            report.diff = Some(diff.unified(&prev.meta.path, &self.input.path, &prev.meta.label));
        }
    }

    /// Whether `rule` is on for this file (a rule set to `off` is not run).
    fn enabled(&self, rule: Rule) -> bool {
        self.settings.level(rule) != Some(crate::config::Level::Off)
    }

    /// Phase 4: levels from the configuration, spans clamped, order, the cap
    /// on findings listed, and the verdict.
    fn verdict(
        &self,
        mut findings: Vec<Finding>,
        kept_text: Option<Arc<str>>,
        report: &mut FileReport,
    ) {
        apply_levels(&mut findings, &self.settings);
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
        report.accepted = is_accepted(&findings, self.opts.strict);
        let cap = self.opts.limits.max_findings;
        if findings.len() > cap {
            // Keep what rejects first, then the rest, each in file order.
            findings.sort_by_key(|f| std::cmp::Reverse(f.severity));
            report.findings_omitted = findings.len() - cap;
            findings.truncate(cap);
            findings.sort_by_key(order);
        }
        report.findings = findings;
        report.text = kept_text;
    }
}

/// Severities from the configuration: `off` drops a rule's findings.
/// `not-text` is never changed.
pub(crate) fn apply_levels(findings: &mut Vec<Finding>, settings: &crate::config::FileSettings) {
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
