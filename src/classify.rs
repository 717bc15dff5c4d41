//! What language is this content, whatever its name says?
//!
//! Two kinds of evidence: lexical tells (a line that only one language
//! writes: `from x import y`, `CREATE TABLE`, `<!DOCTYPE html>`, `set -euo
//! pipefail`), scored per language; and a parse of the content with the
//! candidate language's strictest parser (ruff, PostgreSQL, serde_json) or,
//! for languages gencheck only recognises, its tree-sitter grammar, measuring
//! how much of the text it rejects. A language is named only when both
//! agree clearly; otherwise the answer is "unsure".

use std::time::Duration;

use crate::diagnostic::Span;
use crate::language::Language;
use crate::lines::lines;
use crate::prose::looks_like_prose;

/// One piece of evidence for a language.
#[derive(Debug, Clone)]
pub struct Tell {
    pub language: Language,
    pub span: Span,
    pub what: &'static str,
    pub weight: u32,
}

/// A confident answer.
#[derive(Debug, Clone)]
pub struct Detection {
    pub language: Language,
    /// The strongest tells, first occurrence each.
    pub evidence: Vec<Tell>,
    /// How the parse of the content in that language went.
    pub parse_note: String,
}

/// Lines scanned for tells; enough to classify, bounded for huge files.
const MAX_LINES: usize = 3000;

/// How many times one kind of tell counts: a long file of one construct
/// must not outweigh everything. Weak tells (weight 1) may repeat more.
const STRONG_TELL_CAP: u32 = 4;
const WEAK_TELL_CAP: u32 = 8;

/// A candidate language needs this score (about two strong tells)...
const MIN_SCORE: u32 = 6;
/// ... from two kinds of tell, or this score from one kind.
const ONE_KIND_SCORE: u32 = 8;

/// "Starts broken": the implied parser rejects one of this many first
/// non-blank lines.
const EARLY_LINES: usize = 3;

/// A candidate is named only when its strict parser rejects at most this
/// share of the text: tells alone are not enough.
const MAX_REJECTED_SHARE: f32 = 0.25;

/// A strongly told candidate whose parser rejects more than
/// [`MAX_REJECTED_SHARE`] (but less than this) is still named when the
/// implied language's parser rejects at least [`IMPLIED_REJECTS_ALL`].
const BROKEN_CANDIDATE_SHARE: f32 = 0.75;
/// The score that names a broken (or parserless) candidate, where the
/// implied parser rejects one of the first lines (else `2 * MIN_SCORE`).
const BROKEN_TOLD_SCORE: u32 = 10;
const IMPLIED_REJECTS_ALL: f32 = 0.9;

/// A language recognised by its tells alone is named only where the implied
/// language's parser rejects at least this share of the text.
const TELLS_ONLY_IMPLIED_REJECTS: f32 = 0.5;
/// ... on many tells of two kinds, or on one kind on this many lines and
/// seven in ten of its content lines.
const TELLS_ONLY_LINES: usize = 4;

/// The tree-sitter parse of a recognised-only language, for its share.
const CLASSIFY_PARSE_BUDGET: Duration = Duration::from_millis(300);

/// TypeScript's own tells needed for it to win over JavaScript, and the
/// two together.
const TS_OWN_SCORE: u32 = 4;
const TS_WITH_JS_SCORE: u32 = 8;

/// Evidence shown in the message: the strongest tells, one per kind.
const MAX_EVIDENCE: usize = 3;

/// The tells of one line (`t`: trimmed), from every language's own list.
fn line_tells(raw: &str, t: &str, out: &mut Vec<(Language, &'static str, u32)>) {
    let mut mine = Vec::new();
    for lang in Language::ALL {
        mine.clear();
        (lang.tells())(raw, t, &mut mine);
        out.extend(mine.iter().map(|(what, weight)| (*lang, *what, *weight)));
    }
}

/// Collect the tells of `text`, with spans.
pub fn tells(text: &str) -> Vec<Tell> {
    let mut out = Vec::new();
    let mut buf = Vec::new();
    for line in lines(text).take(MAX_LINES) {
        let t = line.text.trim();
        if t.is_empty() {
            continue;
        }
        buf.clear();
        line_tells(line.text, t, &mut buf);
        let start = line.span.start + (line.text.len() - line.text.trim_start().len());
        for (language, what, weight) in buf.drain(..) {
            out.push(Tell {
                language,
                span: Span::new(start, line.span.end),
                what,
                weight,
            });
        }
    }
    out
}

/// Sum of weights per language, each kind of tell capped so that a long
/// file of one construct does not outweigh everything.
fn scores(tells: &[Tell]) -> Vec<(Language, u32, usize)> {
    let mut out: Vec<(Language, u32, usize)> = Vec::new();
    for lang in Language::ALL {
        let mine: Vec<&Tell> = tells.iter().filter(|t| t.language == *lang).collect();
        let mut kinds: Vec<&str> = mine.iter().map(|t| t.what).collect();
        kinds.sort();
        kinds.dedup();
        let score: u32 = kinds
            .iter()
            .map(|k| {
                let of_kind: Vec<&&Tell> = mine.iter().filter(|t| t.what == *k).collect();
                let per = of_kind[0].weight;
                // Weak tells may repeat more before they stop adding up.
                let cap = if per == 1 {
                    WEAK_TELL_CAP
                } else {
                    STRONG_TELL_CAP
                };
                per * (of_kind.len() as u32).min(cap)
            })
            .sum();
        out.push((*lang, score, kinds.len()));
    }
    out
}

/// How a text splits into document lines.
struct DocumentLines {
    /// Non-blank lines.
    total: usize,
    /// Lines that are prose, headings, list items, table rows or indented
    /// code samples.
    markdown_lines: usize,
    /// Spans of the plain text lines (sentences, list items with prose).
    text_lines: Vec<Span>,
    /// Markdown headings, table rows and code fences: document structure
    /// code lacks.
    structure: usize,
    /// Of `structure`, the code fences.
    fences: usize,
    /// Where the first prose line, heading or fence starts.
    first: Option<usize>,
}

fn looks_like_text(t: &str) -> bool {
    if t.starts_with("--") || t.starts_with("//") || t.starts_with("/*") {
        return false;
    }
    let t = ["- ", "* ", "> "]
        .iter()
        .find_map(|m| t.strip_prefix(m))
        .unwrap_or(t);
    let words: Vec<&str> = t.split_whitespace().collect();
    if words.len() < 4 || looks_like_code_line(t) {
        return false;
    }
    // Code starts with a keyword written in capitals (`CREATE`, `SELECT`).
    if words[0].len() > 1 && words[0].chars().all(|c| c.is_ascii_uppercase()) {
        return false;
    }
    let cleaned: Vec<&str> = words
        .iter()
        .map(|w| w.trim_matches(|c: char| ",.:;!?\"'()`*".contains(c)))
        .filter(|w| !w.is_empty())
        .collect();
    let wordish = cleaned
        .iter()
        .filter(|w| {
            w.chars()
                .all(|c| c.is_alphabetic() || c == '\'' || c == '-')
        })
        .count();
    let lower = cleaned
        .iter()
        .filter(|w| w.chars().all(|c| c.is_lowercase() || c == '\'' || c == '-'))
        .count();
    (wordish * 10 >= words.len() * 6 && lower * 2 >= words.len()) || looks_like_prose(t)
}

fn looks_like_code_line(t: &str) -> bool {
    t.contains(" = ")
        || t.contains("==")
        || t.ends_with([';', '{', '}', '(', ','])
        || t.contains("()")
}

/// `language`'s score among `scored`.
fn score_of(scored: &[(Language, u32, usize)], language: Language) -> u32 {
    scored
        .iter()
        .find(|(l, _, _)| *l == language)
        .map_or(0, |s| s.1)
}

/// Whether the implied parser rejects one of the first lines of the text
/// from `from` on.
fn rejected_early(text: &str, from: usize, rejected: &[Span]) -> bool {
    let first_end = lines(&text[from..])
        .filter(|l| !l.text.trim().is_empty())
        .take(EARLY_LINES)
        .last()
        .map_or(text.len(), |l| l.span.end + from);
    rejected
        .iter()
        .any(|r| r.start >= from && r.start <= first_end)
}

/// Where the text after a front matter block starts: a first line `---`,
/// `key: value` lines, and a closing `---` within the first lines, with
/// something after it.
fn front_matter_end(text: &str) -> Option<usize> {
    let mut it = lines(text);
    if it.next()?.text.trim_end() != "---" {
        return None;
    }
    let mut keys = 0;
    for line in it.take(60) {
        let t = line.text.trim_end();
        if t == "---" || t == "..." {
            let at = line.span.end;
            return (keys > 0 && !text[at..].trim().is_empty()).then_some(at);
        }
        if !t.starts_with([' ', '-', '#']) && t.contains(": ") || t.ends_with(':') {
            keys += 1;
        }
    }
    None
}

fn document_lines(text: &str) -> DocumentLines {
    let mut doc = DocumentLines {
        total: 0,
        markdown_lines: 0,
        text_lines: Vec::new(),
        structure: 0,
        fences: 0,
        first: None,
    };
    let mut in_fence = false;
    for line in lines(text).take(MAX_LINES) {
        let t = line.text.trim();
        if t.is_empty() {
            continue;
        }
        doc.total += 1;
        // A fenced code block is part of the document, whatever it holds.
        let fence = t.starts_with("```") || t.starts_with("~~~");
        if fence || in_fence {
            if fence {
                in_fence = !in_fence;
                doc.structure += 1;
                doc.fences += 1;
                doc.first.get_or_insert(line.span.start);
            }
            doc.markdown_lines += 1;
            continue;
        }
        let heading = t.starts_with('#') && t.trim_start_matches('#').starts_with(' ');
        let table = t.starts_with('|') && t.ends_with('|');
        let indented = line.text.starts_with("    ") || line.text.starts_with('\t');
        if heading || table {
            doc.structure += 1;
            doc.first.get_or_insert(line.span.start);
        }
        if looks_like_text(t) {
            doc.first.get_or_insert(line.span.start);
            let start = line.span.start + (line.text.len() - line.text.trim_start().len());
            doc.text_lines.push(Span::new(start, line.span.end));
            doc.markdown_lines += 1;
        } else if heading || table || indented || t.starts_with("- ") || t.starts_with("* ") {
            doc.markdown_lines += 1;
        }
    }
    doc
}

/// A cheap look at the start of a file that the implied language's parser
/// accepted: does it still look like something else (JSON is valid Python)?
pub fn quick_tell(text: &str, implied: Language) -> bool {
    implied.backend().is_some_and(|b| b.quick_tell(text))
}

/// The share of `text` that `lang`'s parser rejects (0.0 = all accepted), and
/// a note for the message: the backend's strict verdict, or for a
/// language only recognised, how much its tree-sitter grammar rejects.
fn rejection(text: &str, lang: Language) -> (f32, String) {
    if let Some(backend) = lang.backend() {
        return backend.rejection(text);
    }
    let Ok(tree) = crate::parse::parse(lang, text, CLASSIFY_PARSE_BUDGET) else {
        return (1.0, String::new());
    };
    let mut bad = 0usize;
    let mut cursor = tree.walk();
    let mut stack = vec![tree.root_node()];
    while let Some(node) = stack.pop() {
        // An error node's complete children (the elements of an HTML
        // document cut in its last paragraph, which the grammar wraps in
        // one error from the first open tag on) parsed; its own tokens
        // did not.
        if node.is_missing() || (node.is_error() && node.child_count() == 0) {
            bad += node.byte_range().len().max(1);
            continue;
        }
        if node.is_error() {
            let mut covered = 0;
            for child in node.children(&mut cursor) {
                covered += child.byte_range().len();
                stack.push(child);
            }
            bad += node.byte_range().len().saturating_sub(covered);
            continue;
        }
        if node.has_error() {
            stack.extend(node.children(&mut cursor));
        }
    }
    let share = bad as f32 / text.len().max(1) as f32;
    (
        share,
        format!(
            "the {} grammar parses {:.0}% of it",
            lang.spec().display_name,
            (1.0 - share.min(1.0)) * 100.0
        ),
    )
}

/// `text` with its leading comment lines in `implied`'s line-comment style
/// blanked (newlines kept), when it starts with such lines and they are not
/// also the candidate's own comments; `None` otherwise.
fn without_leading_comments(text: &str, implied: Language, lang: Language) -> Option<String> {
    let tokens = &implied.spec().comment_tokens;
    if tokens
        .iter()
        .any(|t| lang.spec().comment_tokens.contains(t))
    {
        return None;
    }
    let mut end = 0;
    for line in lines(text) {
        let t = line.text.trim();
        if t.is_empty() || tokens.iter().any(|c| t.starts_with(c.as_str())) {
            end = line.span.end;
        } else {
            break;
        }
    }
    if end == 0 || end >= text.len() || text[..end].trim().is_empty() {
        return None;
    }
    let blank: String = text[..end]
        .chars()
        .map(|c| if c == '\n' { '\n' } else { ' ' })
        .collect();
    Some(blank + &text[end..])
}

/// The share of `text` the implied language rejects: its parser's, or
/// the share of `rejected` (text it accepts only by accident), whichever
/// is larger.
fn implied_rejection(text: &str, implied: Language, rejected: &[Span]) -> f32 {
    let accidental: usize = rejected.iter().map(|r| r.end.saturating_sub(r.start)).sum();
    let share = accidental as f32 / text.len().max(1) as f32;
    rejection(text, implied).0.max(share.min(1.0))
}

/// The strongest tells for `lang` (TypeScript's include JavaScript's), the
/// first of each kind, in text order.
fn evidence_for(all: &[Tell], lang: Language) -> Vec<Tell> {
    let mut evidence: Vec<Tell> = Vec::new();
    for t in all.iter().filter(|t| {
        t.language == lang || (lang == Language::TypeScript && t.language == Language::JavaScript)
    }) {
        if !evidence.iter().any(|e| e.what == t.what) {
            evidence.push(t.clone());
        }
    }
    evidence.sort_by(|a, b| {
        b.weight
            .cmp(&a.weight)
            .then(a.span.start.cmp(&b.span.start))
    });
    evidence.truncate(MAX_EVIDENCE);
    evidence.sort_by_key(|t| t.span.start);
    evidence
}

/// Decide what `text` is, when it is clearly not `implied`. `rejected`: the
/// byte ranges the implied language's parser rejects; `errors`: whether it
/// reports syntax errors (not only statements it cannot verify, as SQL
/// dialects without an engine of their own do).
pub fn detect(text: &str, implied: Language, rejected: &[Span], errors: bool) -> Option<Detection> {
    // A language that claims the whole text (one JSON document) is it.
    for lang in Language::ALL
        .iter()
        .copied()
        .filter(|l| !implied.includes(*l))
    {
        if let Some(claim) = lang.backend().and_then(|b| b.claims(text, implied)) {
            let start = text.len() - text.trim_start().len();
            let span = claim.at.map_or_else(
                || Span::new(start, (start + 1).min(text.len())),
                |r| Span::new(r.start, r.end),
            );
            return Some(Detection {
                language: lang,
                evidence: vec![Tell {
                    language: lang,
                    span,
                    what: claim.what,
                    weight: MIN_SCORE,
                }],
                parse_note: claim.note,
            });
        }
    }
    let all = tells(text);
    let scored = scores(&all);
    let implied_score = score_of(&scored, implied);
    // The implied parser rejects one of the first lines already: the file
    // does not even begin as the implied language, and its tells elsewhere
    // (JSON's `"key": value` in a Python dict) weigh less.
    let starts_broken = rejected_early(text, 0, rejected);
    // (A file whose implied parser reports an error at its first lines:
    // the implied language's own tells there weigh half, as the lines of a
    // Python dict that JSON also writes.)
    let implied_weight = if starts_broken && errors {
        implied_score / 2
    } else {
        implied_score
    };
    let mut candidates: Vec<&(Language, u32, usize)> = scored
        .iter()
        .filter(|(l, score, kinds)| {
            !implied.includes(*l)
                && *score >= MIN_SCORE
                && (*kinds >= 2 || *score >= ONE_KIND_SCORE || starts_broken)
                && (*score >= implied_weight * 2 + 2
                    || (starts_broken && *score > implied_weight + 2))
        })
        .collect();
    // A language whose lines the implied one embeds (HTML tags in JSX)
    // must own the first line.
    let first_line = all.iter().map(|t| t.span.start).min();
    candidates.retain(|(l, _, _)| {
        !implied.embeds(*l)
            || all
                .iter()
                .any(|t| t.language == *l && Some(t.span.start) == first_line)
    });
    candidates.sort_by_key(|c| std::cmp::Reverse(c.1));
    // TypeScript tells only add to JavaScript's.
    if let (Some(ts), Some(js)) = (
        scored.iter().find(|s| s.0 == Language::TypeScript),
        scored.iter().find(|s| s.0 == Language::JavaScript),
    ) {
        if ts.1 >= TS_OWN_SCORE
            && js.1 + ts.1 >= TS_WITH_JS_SCORE
            && !implied.includes(Language::TypeScript)
            && !candidates.iter().any(|c| c.0 == Language::TypeScript)
        {
            candidates.insert(0, ts);
        }
    }
    // What the implied language's parser makes of the text, asked only
    // when a strongly told candidate is itself broken.
    let mut implied_share: Option<f32> = None;
    for (lang, score, kinds) in candidates {
        // Enough tells to name a candidate its own parser does not confirm
        // (a broken one, or one gencheck has no parser for).
        let told = *score >= 2 * MIN_SCORE || (starts_broken && *score >= BROKEN_TOLD_SCORE);
        // A language gencheck has no parser for: named on many strong
        // tells of two kinds, where the implied parser rejects most of the
        // text (the file is rejected either way; the name says why).
        if lang.tree_sitter().is_none() && lang.backend().is_none() {
            let implied =
                *implied_share.get_or_insert_with(|| implied_rejection(text, implied, rejected));
            // (One kind of tell on most lines is as good: a `.env` file.)
            let covered = {
                let mine: std::collections::BTreeSet<usize> = all
                    .iter()
                    .filter(|t| t.language == *lang)
                    .map(|t| t.span.start)
                    .collect();
                let content = lines(text)
                    .take(MAX_LINES)
                    .filter(|l| {
                        let t = l.text.trim();
                        !t.is_empty() && !t.starts_with('#')
                    })
                    .count();
                mine.len() >= TELLS_ONLY_LINES && mine.len() * 10 >= content * 7
            };
            // (Snowflake's `TYPE=EXTERNAL_STAGE` lines, which no engine
            // here verifies, are no `.env` file: one kind of tell counts
            // only against a real error.)
            let strong = told && *kinds >= 2;
            // (Tells of four kinds outweighing the implied language's many
            // times over: a batch file saved as `.sh`, which bash reads up
            // to an `if` it never sees closed.)
            let overwhelming = strong
                && *kinds >= 4
                && *score >= 4 * MIN_SCORE
                && *score >= 8 * implied_score.max(1)
                && errors;
            // (Or tells on most lines, of two kinds, where the implied
            // parser stops at the start: a Dockerfile saved as `.ts`, which
            // the TypeScript parser rejects at its first line only.) Either
            // way the implied parser reports an error: the file is rejected
            // whatever its name.
            // (Or many tells of three kinds where the implied language has
            // none at all: a Rakefile saved as `.yml`, which YAML reads up
            // to a line it cannot.)
            let alone = strong && *kinds >= 3 && implied_score == 0;
            let throughout = (strong && covered && starts_broken || overwhelming || alone)
                && errors
                && implied > 0.0;
            // (Or tells of three kinds where the implied parser rejects
            // most lines: my.cnf saved as `.toml`.)
            let most = *kinds >= 3
                && *score >= ONE_KIND_SCORE
                && implied >= TELLS_ONLY_IMPLIED_REJECTS
                && errors;
            if (strong || most || (covered && *score >= ONE_KIND_SCORE && errors))
                && (implied >= TELLS_ONLY_IMPLIED_REJECTS
                    || throughout
                    || ((starts_broken || (*score >= 3 * MIN_SCORE && *kinds >= 3))
                        && implied >= MAX_REJECTED_SHARE))
            {
                let note = format!(
                    "gencheck has no {} parser: named by these lines alone",
                    lang.spec().display_name
                );
                return Some(Detection {
                    language: *lang,
                    evidence: evidence_for(&all, *lang),
                    parse_note: note,
                });
            }
            continue;
        }
        // (A file-name comment in the implied language's style over
        // another language's text, `// k8s/worker.yaml` over a manifest,
        // is the model labelling it: the candidate is judged without it.)
        let (share, note) = match without_leading_comments(text, implied, *lang) {
            Some(rest) => {
                let (share, note) = rejection(&rest, *lang);
                (share, format!("{note} (its leading comment lines aside)"))
            }
            _ => rejection(text, *lang),
        };
        // Broken content of another language is still that language: a
        // Django model spliced mid-token, saved as .sql, is Python. It
        // takes many tells of two kinds, a text the implied parser all
        // but wholly rejects, and half its rejection or less.
        let broken_but_told = told && *kinds >= 2 && share < BROKEN_CANDIDATE_SHARE && {
            let implied =
                *implied_share.get_or_insert_with(|| implied_rejection(text, implied, rejected));
            implied >= IMPLIED_REJECTS_ALL && share * 2.0 <= implied
        };
        // One kind of tell is enough only for a text the candidate's
        // parser accepts whole.
        let one_kind_ok = *kinds >= 2 || *score >= ONE_KIND_SCORE || share == 0.0;
        if (share <= MAX_REJECTED_SHARE && one_kind_ok) || broken_but_told {
            return Some(Detection {
                language: *lang,
                evidence: evidence_for(&all, *lang),
                parse_note: note,
            });
        }
    }
    // Prose: a document, not code. Headings look like comments in Python
    // and shell, so the prose lines themselves must be what the implied
    // parser rejects.
    // A document under front matter (`---` / `title: ...` / `---`, as
    // Jekyll and Hugo write it): its YAML is metadata, and the document is
    // what follows it.
    let front_matter = front_matter_end(text);
    let (doc, implied_score, starts_broken) = match front_matter {
        Some(at) => {
            let mut doc = document_lines(&text[at..]);
            for s in &mut doc.text_lines {
                *s = Span::new(s.start + at, s.end + at);
            }
            doc.first = doc.first.map(|f| f + at);
            let body_tells: Vec<Tell> =
                all.iter().filter(|t| t.span.start >= at).cloned().collect();
            let body_score = score_of(&scores(&body_tells), implied);
            (doc, body_score, rejected_early(text, at, rejected))
        }
        None => (document_lines(text), implied_score, starts_broken),
    };
    let rejected_prose = doc
        .text_lines
        .iter()
        .filter(|s| {
            rejected
                .iter()
                .any(|r| r.start < s.end && s.start < r.end.max(r.start + 1))
        })
        .count();
    // The implied parser stops at the document's first line (a heading
    // JavaScript cannot read), before any code could begin; or at one of
    // the first lines at all (YAML reads a heading as a comment and the
    // sentence after it as a string, and stops at the next heading).
    let rejected_from_start = doc.first.is_some_and(|first| {
        let line_end = text[first..].find('\n').map_or(text.len(), |e| first + e);
        rejected
            .iter()
            .map(|r| r.start)
            .min()
            .is_some_and(|r| r <= line_end)
    });
    // (A script under a line of the model's prose, `Sure! Here is ...:` /
    // `#!/bin/sh`, is a script: no document has a shebang line.)
    let shebang_near_top = implied == Language::Shell
        && text
            .lines()
            .take(6)
            .any(|l| l.starts_with("#!/") && l.contains("sh"));
    if doc.total >= 4
        && !shebang_near_top
        && (implied_score < MIN_SCORE || starts_broken)
        // (A README of headings, fences and a table has few sentences.)
        && (doc.text_lines.len() >= 3
            || ((starts_broken || front_matter.is_some())
                && doc.structure - doc.fences >= 3
                && !doc.text_lines.is_empty()))
        && (doc.text_lines.len() * 10 >= doc.total * 4
            || (doc.structure >= 2 && doc.markdown_lines * 10 >= doc.total * 8))
        && (doc.markdown_lines as f32) >= 0.6 * doc.total as f32
        // (Under front matter, any error of the implied parser: YAML reads
        // the prose after it as one more document's string.)
        && (rejected_prose * 2 >= doc.text_lines.len()
            || rejected_from_start
            || starts_broken
            || (front_matter.is_some() && errors)
            // (Or headings of several levels over a text the implied parser
            // rejects most of: YAML reads a changelog's headings as
            // comments and its first paragraph as a string, and stops at
            // the first list.)
            || (errors
                && doc.structure - doc.fences >= 3
                && implied_rejection(text, implied, rejected) >= TELLS_ONLY_IMPLIED_REJECTS))
        && implied != Language::Markdown
    {
        let first = doc.text_lines[0];
        return Some(Detection {
            language: Language::Markdown,
            evidence: vec![Tell {
                language: Language::Markdown,
                span: first,
                what: "English prose",
                weight: 1,
            }],
            parse_note: format!(
                "{}{} of its {} lines are prose, headings, lists or tables",
                if front_matter.is_some() {
                    "under its front matter, "
                } else {
                    ""
                },
                doc.markdown_lines,
                doc.total
            ),
        });
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn front_matter_is_found_only_over_a_document() {
        let md = "---\ntitle: \"Notes\"\ndate: 2026-11-02\n---\n\n# Notes\n\nText.\n";
        assert_eq!(front_matter_end(md), md.find("\n\n# Notes"));
        // A YAML stream's first document, a horizontal rule, nothing after.
        assert!(front_matter_end("---\n- a\n- b\n---\n- c\n").is_none());
        assert!(front_matter_end("Intro\n---\ntitle: x\n---\nmore\n").is_none());
        assert!(front_matter_end("---\ntitle: x\n---\n\n").is_none());
    }
}
