//! The rules. Each rule id is one variant of [`Rule`] and lives in its own
//! file named after its id: its doc comment is the rule's documentation
//! (`gencheck rule <id>` prints it) and its `META` the rule's metadata.
//! [`run`] is the order the rules run in.

use std::fmt;

use crate::analysis::{Analysis, RegionKind};
use crate::diagnostic::{Finding, Severity, Span};
use crate::lang::sql::Dialect;
use crate::lang::FileContext;
use crate::language::Language;

pub mod previous;

/// What the registry knows about a rule, declared in the rule's own file
/// next to its doc comment (`pub const META`).
#[derive(Debug, Clone, Copy)]
pub struct RuleMeta {
    /// The stable, kebab-case id (the CLI contract's, or an extension).
    pub id: &'static str,
    pub severity: Severity,
    /// One line: what the rule means.
    pub summary: &'static str,
    /// SARIF `reportingDescriptor.name`: a Pascal-case identifier distinct
    /// from the id.
    pub sarif_name: &'static str,
    /// SARIF tags GitHub shows as filters.
    pub tags: &'static [&'static str],
}

/// One line per rule: the variant and its file (`src/rules/<file>.rs`, whose
/// doc comment is its documentation and whose `META` its metadata). The
/// order is the order of `gencheck rules` and of SARIF's rule list.
macro_rules! registry {
    ($($variant:ident => $module:ident,)*) => {
        $(pub mod $module;)*

        /// Every rule id gencheck can report.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Rule {
            $($variant,)*
        }

        impl Rule {
            pub const ALL: &'static [Rule] = &[$(Rule::$variant,)*];

            /// The rule's metadata, from its file.
            pub fn meta(self) -> &'static RuleMeta {
                match self {
                    $(Rule::$variant => &$module::META,)*
                }
            }

            /// The rule's source file, whose doc comment documents it.
            fn source(self) -> &'static str {
                match self {
                    $(Rule::$variant => include_str!(concat!(stringify!($module), ".rs")),)*
                }
            }
        }
    };
}

registry! {
    SyntaxError => syntax_error,
    LanguageMismatch => language_mismatch,
    Truncated => truncated,
    MarkdownFence => markdown_fence,
    LlmChatter => llm_chatter,
    Placeholder => placeholder,
    MergeConflict => merge_conflict,
    EmptyFile => empty_file,
    NotText => not_text,
    DefinitionsRemoved => definitions_removed,
    UnknownLanguage => unknown_language,
    LimitExceeded => limit_exceeded,
    UnverifiedStatement => unverified_statement,
    UnusedSuppression => unused_suppression,
    EncodingMismatch => encoding_mismatch,
    DuplicateKey => duplicate_key,
    UnattributedBlock => unattributed_block,
    EditDoesNotApply => edit_does_not_apply,
    AmbiguousEdit => ambiguous_edit,
    UnsafePath => unsafe_path,
    ConflictingProposals => conflicting_proposals,
}

impl Rule {
    pub fn id(self) -> &'static str {
        self.meta().id
    }

    pub fn from_id(id: &str) -> Option<Rule> {
        Rule::ALL.iter().copied().find(|r| r.id() == id)
    }

    pub fn default_severity(self) -> Severity {
        self.meta().severity
    }

    /// One line: what the rule means.
    pub fn summary(self) -> &'static str {
        self.meta().summary
    }

    /// The rule's documentation: the doc comment of its file.
    pub fn documentation(self) -> String {
        self.source()
            .lines()
            .take_while(|l| l.starts_with("//!"))
            .map(|l| {
                l.strip_prefix("//! ")
                    .unwrap_or(l.trim_start_matches("//!"))
            })
            .collect::<Vec<_>>()
            .join("\n")
            + "\n"
    }
}

/// YAML chatter that is a key (`What I changed:`) owns the indented lines
/// under it (its bullets): hidden with it, they would be a stray block.
fn with_indented_blocks(text: &str, mut lines: Vec<Span>) -> Vec<Span> {
    let indent = |l: &str| l.len() - l.trim_start().len();
    let mut more = Vec::new();
    for line in &lines {
        let own = &text[line.start..line.end];
        if !own.trim_end().ends_with(':') {
            continue;
        }
        let base = indent(own);
        let mut at = (line.end + 1).min(text.len());
        while at < text.len() {
            let next = crate::lines::line_around(text, at);
            let l = &text[next.start..next.end];
            if !l.trim().is_empty() && indent(l) <= base {
                break;
            }
            more.push(next);
            at = next.end + 1;
        }
    }
    lines.extend(more);
    lines.sort_by_key(|l| l.start);
    lines.dedup_by_key(|l| l.start);
    lines
}

/// `text` with the comments and string literals blanked that lie outside
/// every span rejected with an error (newlines kept, so offsets and lines
/// stay). In a statement the engines only could not verify, a literal
/// opened inside a word (`Here's`) is prose's apostrophe and stays.
fn quiet_regions(text: &str, analysis: &Analysis) -> String {
    let overlaps = |a: Span, b: Span| a.start < b.end && b.start < a.end;
    let erroneous: Vec<Span> = analysis
        .rejected
        .iter()
        .copied()
        .filter(|x| {
            analysis
                .errors
                .iter()
                .any(|e| (x.start..=x.end).contains(&e.span.start))
        })
        .collect();
    let mut quiet = Vec::new();
    for r in &analysis.regions {
        if !matches!(r.kind, RegionKind::Comment | RegionKind::String)
            || erroneous.iter().any(|x| overlaps(*x, r.span))
        {
            continue;
        }
        let unverified = analysis.rejected.iter().any(|x| overlaps(*x, r.span));
        if unverified
            && r.kind == RegionKind::String
            && llm_chatter::opened_in_word(text, r.span.start)
        {
            continue;
        }
        // Line comments stay: `-- ...` lines are SQL's own tell. Block
        // comments and literals keep their delimiters.
        let end = r.span.end.min(text.len());
        let (from, to) = match r.kind {
            RegionKind::Comment if !text[r.span.start..end].starts_with("/*") => continue,
            RegionKind::Comment => (r.span.start + 2, end.saturating_sub(2)),
            _ => (r.span.start + 1, end.saturating_sub(1)),
        };
        if from < to {
            quiet.push(Span::new(from, to));
        }
    }
    crate::lines::mask(text, &quiet)
}

/// Every rule over `text` as `lang`. Returns the findings and the language
/// the content was detected as (`None` when unsure).
///
/// A valid file costs one strict parse plus line scans. A rejected file is
/// classified first (another language entirely?); then chatter, fences and
/// conflict markers are found, hidden, and the text parsed again, so that
/// the code around them is still checked and the syntax errors left are
/// the file's own.
pub fn run(
    text: &str,
    lang: Language,
    setup: &FileContext<'_>,
    classify_content: bool,
) -> (Vec<Finding>, Option<Language>) {
    let analyze = |t: &str| syntax_error::analyze(t, lang, setup);
    let mut analysis = analyze(text);
    let mut findings: Vec<Finding> = Vec::new();
    // A template (Helm, Jinja, Liquid) the language rejects: judged with its
    // tags blanked out, offsets unchanged (`src/template.rs`).
    // Tags inside strings or comments (Ansible's `"{{ var }}"`) break
    // nothing: a file with only those is judged as it is.
    let tags = if analysis.errors.is_empty() && analysis.rejected.is_empty() {
        Vec::new()
    } else {
        let mut tags = crate::template::tags(text, lang);
        tags.retain(|t| !analysis.inside_region(t.start));
        tags
    };
    let blanked = (!tags.is_empty()).then(|| crate::template::blank(text, &tags));
    let text: &str = match &blanked {
        Some(b) => {
            analysis = analyze(b);
            findings.push(templated_finding(lang, &tags));
            b
        }
        None => text,
    };
    let broken = !analysis.rejected.is_empty();
    let document = lang.backend().is_some_and(|b| b.prose_document());
    // Text the parser accepts only by accident (a shell script YAML reads
    // as one string) is classified as if rejected.
    let implausible = if classify_content && !document && !broken {
        analysis.implausible.clone()
    } else {
        Vec::new()
    };
    let suspect = if broken {
        &analysis.rejected
    } else {
        &implausible
    };
    if classify_content
        && !document
        && (broken || !implausible.is_empty() || crate::classify::quick_tell(text, lang))
    {
        // (Text YAML takes for one string counts as an error here.)
        let errors = !analysis.errors.is_empty() || !implausible.is_empty();
        // SQL's comments and literals outside the statements the engines
        // reject hold what they like (C# source in a comment above `CREATE
        // ASSEMBLY`, an XML schema in `N'...'`): they tell nothing of the
        // file's language. Inside rejected text they still count.
        let quiet = (lang == Language::Sql).then(|| quiet_regions(text, &analysis));
        let seen = quiet.as_deref().unwrap_or(text);
        if let Some(detection) = crate::classify::detect(seen, lang, suspect, errors) {
            let implied_errors = analysis.errors.len() + analysis.unverified.len();
            findings.push(language_mismatch::finding(
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
                    dir: None,
                    definitions: None,
                };
                let (more, _) = run(text, detected, &inner, false);
                findings.extend(more);
            }
            return (findings, Some(detected));
        }
    }
    let mut current: std::borrow::Cow<'_, str> = std::borrow::Cow::Borrowed(text);
    // The conflict blocks reported: keys repeat across their two sides.
    let mut conflict_blocks: Vec<Span> = Vec::new();
    if broken {
        if !document {
            let comments = &lang.spec().comment_tokens;
            let (chatter, mut chatter_lines) = llm_chatter::find(&current, &analysis, comments);
            if !chatter_lines.is_empty() {
                if lang == Language::Yaml {
                    chatter_lines = with_indented_blocks(&current, chatter_lines);
                }
                current = std::borrow::Cow::Owned(crate::lines::mask(&current, &chatter_lines));
                analysis = analyze(&current);
            }
            findings.extend(chatter);
        }
        let (fences, fence_lines) = if document {
            (Vec::new(), Vec::new())
        } else {
            markdown_fence::find(&current, &analysis)
        };
        let (conflicts, conflict_lines) = merge_conflict::find(&current, &analysis);
        if !fence_lines.is_empty() || !conflict_lines.is_empty() {
            let hide: Vec<_> = fence_lines.into_iter().chain(conflict_lines).collect();
            current = std::borrow::Cow::Owned(crate::lines::mask(&current, &hide));
            analysis = analyze(&current);
            // Prose the fences hid from the parser (the reply's closing
            // words after its closing fence): the parser now reaches it.
            if !document && !analysis.rejected.is_empty() {
                let comments = &lang.spec().comment_tokens;
                let (chatter, chatter_lines) = llm_chatter::find(&current, &analysis, comments);
                if !chatter_lines.is_empty() {
                    current = std::borrow::Cow::Owned(crate::lines::mask(&current, &chatter_lines));
                    analysis = analyze(&current);
                }
                findings.extend(chatter);
            }
        }
        findings.extend(fences);
        conflict_blocks.extend(conflicts.iter().filter_map(|f| f.span));
        findings.extend(conflicts);
    }
    if !document {
        findings.extend(llm_chatter::in_comments(&current, &analysis));
    }
    let elided = if document {
        Vec::new()
    } else {
        placeholder::ellipsis_lines(&current, &analysis, lang)
    };
    if !document {
        findings.extend(placeholder::find(&current, &analysis, lang, &elided));
    }
    findings.extend(duplicate_key::find(&current, &analysis, &conflict_blocks));
    let tail_intact = current.trim_end().len() == text.trim_end().len();
    let (truncation, mut explained) = truncated::find(&current, &analysis, lang, tail_intact);
    // The syntax error an elision line causes is the placeholder, named.
    if !elided.is_empty() {
        for (i, e) in analysis.errors.iter().enumerate() {
            let line = crate::lines::line_around(&current, e.span.start);
            if elided
                .iter()
                .any(|s| line.start <= s.start && s.start < line.end.max(line.start + 1))
            {
                explained.push(i);
            }
        }
    }
    findings.extend(truncation);
    findings.extend(syntax_error::findings(
        &current,
        &analysis.errors,
        &explained,
    ));
    // Code shown in a document: its errors are reported, not rejected.
    if !analysis.advisory.is_empty() {
        for f in &mut findings {
            let inside = f.span.is_some_and(|s| {
                analysis
                    .advisory
                    .iter()
                    .any(|a| a.start <= s.start && s.start < a.end.max(a.start + 1))
            });
            if inside && (VERDICT.contains(&f.rule) || f.rule == Rule::MergeConflict) {
                f.severity = Severity::Warning;
            }
        }
    }
    // A document showing a model's edit (`<<<<<<< SEARCH` ... `>>>>>>>
    // REPLACE`, aider's chat logs and docs) writes conflict markers on
    // purpose: a warning there. In code they are left-over edit markers.
    if document {
        for f in &mut findings {
            let edit = f.rule == Rule::MergeConflict
                && f.span.is_some_and(|s| {
                    let first = text[s.start..].lines().next().unwrap_or("");
                    matches!(
                        first.trim_end().strip_prefix("<<<<<<< "),
                        Some("SEARCH" | "ORIGINAL")
                    )
                });
            if edit {
                f.severity = Severity::Warning;
            }
        }
    }
    let detected = analysis.errors.is_empty().then_some(lang);
    let mut extra: Vec<Finding> = analysis
        .unverified
        .iter()
        .map(unverified_statement::finding)
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
    if blanked.is_some() {
        // What the language says of a template is advice: its tags' control
        // flow and indentation filters (`nindent`) shape the rendered file,
        // and keys twice are most often the two branches of an `if`. Markers,
        // fences, chatter and placeholders are judged as in any file.
        for f in &mut findings {
            if VERDICT.contains(&f.rule) && f.severity == Severity::Error {
                f.severity = Severity::Warning;
                f.message
                    .push_str(" (in a template: reported, not rejected)");
            }
        }
    }
    (findings, detected)
}

/// The rules that carry the language's own verdict: advice, not rejection,
/// for code shown in a document and for a template.
const VERDICT: [Rule; 3] = [Rule::SyntaxError, Rule::Truncated, Rule::DuplicateKey];

/// The info finding for a file checked with its template tags blanked out.
fn templated_finding(lang: Language, tags: &[Span]) -> Finding {
    let more = match tags.len() {
        1 => String::new(),
        n => format!(" and {} more", n - 1),
    };
    Finding::new(
        Rule::UnverifiedStatement,
        tags.first().copied(),
        format!(
            "template tags (this one{more}) were blanked out before the {} check: the file is a template (Helm, Jinja, Liquid), what the tags render to is not verified, and the check's errors are warnings",
            lang.spec().display_name
        ),
    )
}

impl fmt::Display for Rule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rule_ids_are_unique_kebab_case_and_round_trip() {
        let mut seen = std::collections::HashSet::new();
        for r in Rule::ALL {
            assert!(seen.insert(r.id()), "duplicate id {}", r.id());
            assert!(r.id().chars().all(|c| c.is_ascii_lowercase() || c == '-'));
            assert_eq!(Rule::from_id(r.id()), Some(*r));
        }
    }
}
