//! # llm-chatter
//!
//! Natural-language prose from the model around or between the code:
//! "Here is the updated file:", "Let me know if you need any changes!",
//! explanations, numbered lists of what was changed.
//!
//! **Why.** A reply saved as a file keeps the model's conversation. The
//! prose breaks the file, and a parser reports it as a confusing syntax
//! error on line 1.
//!
//! **How.** A region of lines is chatter when every line in it reads as an
//! English sentence (enough words, few code characters, English function
//! words such as "the", "you", "here", "let"; list markers and markdown
//! emphasis stripped) **and** the language's parser rejects those lines.
//! Both must hold: prose the parser accepts is code, and code the parser
//! rejects is a syntax error. The chatter lines are then hidden from the
//! parser, so the code around them is still checked.
//!
//! **Leaves alone.** Comments and docstrings (prose there is
//! documentation), strings, and any line the parser accepts.
//!
//! **Example.**
//!
//! ```text
//! Here is the updated file with the changes you asked for:
//! import os
//! ...
//! Let me know if you need anything else!
//! ```

/// The rule's registry entry (`rules/mod.rs`).
pub const META: crate::rules::RuleMeta = crate::rules::RuleMeta {
    id: "llm-chatter",
    severity: crate::diagnostic::Severity::Error,
    summary: "natural-language prose from the model around or inside the code",
    sarif_name: "LlmChatter",
    tags: &["correctness", "generated-code"],
};

use crate::analysis::{Analysis, RegionKind};
use crate::diagnostic::{Finding, Span};
use crate::lines::lines;
use crate::prose::looks_like_prose;
use crate::rules::Rule;

/// Whether the quote at `at` stands inside a word: an apostrophe
/// (`Here's`), not the start of a literal. A literal's prefix is not a word:
/// T-SQL's `N'...'`, PostgreSQL's `E'...'`, `X'...'`, `B'...'`, `U&'...'`,
/// Oracle's `q'[...]'`, Python's `r"..."`, `b'...'`, `f"..."`.
pub(crate) fn opened_in_word(text: &str, at: usize) -> bool {
    let before = &text[..at];
    let word_start = before
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_alphanumeric() || *c == '_' || *c == '&')
        .last()
        .map_or(at, |(i, _)| i);
    let word = &before[word_start..];
    if word.is_empty() {
        return false;
    }
    let prefix = matches!(
        word.to_ascii_lowercase().as_str(),
        "n" | "e" | "x" | "b" | "u&" | "r" | "u" | "f" | "br" | "rb" | "fr" | "rf" | "q" | "nq"
    );
    !prefix
}

/// The line with the text of its string literals blanked (quotes kept):
/// `gender STRING COMMENT 'Gender of the customer',` is code whatever its
/// string says. A string opened inside a word (`Here's the query, it's`) is an
/// apostrophe of prose and stays. A comment after code on the line is
/// dropped: `BREAK; -- the row has finally been inserted, so end the loop` is
/// code and its documentation.
fn without_quoted_text<'a>(
    text: &'a str,
    line: Span,
    analysis: &Analysis,
) -> std::borrow::Cow<'a, str> {
    let body = &text[line.start..line.end];
    let from = analysis.regions.partition_point(|r| r.span.end <= line.start);
    let mut out: Option<String> = None;
    for r in analysis.regions[from..]
        .iter()
        .take_while(|r| r.span.start < line.end)
    {
        if r.span.start < line.start {
            continue;
        }
        let (a, b) = match r.kind {
            // From the comment's opener to its end or the line's; what
            // precedes it is the line's own text.
            RegionKind::Comment if r.span.start > line.start => {
                (r.span.start - line.start, r.span.end.min(line.end) - line.start)
            }
            // A literal that goes on past the line (a long message in
            // `N'...'`) is blanked to the line's end.
            RegionKind::String => {
                if opened_in_word(text, r.span.start) || r.span.end - r.span.start < 3 {
                    continue;
                }
                let end = if r.span.end <= line.end {
                    r.span.end - 1
                } else {
                    line.end
                };
                (r.span.start + 1 - line.start, end - line.start)
            }
            _ => continue,
        };
        let o = out.get_or_insert_with(|| body.to_string());
        if o.is_char_boundary(a) && o.is_char_boundary(b) {
            o.replace_range(a..b, &" ".repeat(o[a..b].chars().count()));
        }
    }
    out.map_or(std::borrow::Cow::Borrowed(body), std::borrow::Cow::Owned)
}

/// Chatter findings (one per region of consecutive prose lines) and the
/// lines to hide from the parser.
pub fn find(
    text: &str,
    analysis: &Analysis,
    comment_tokens: &[String],
) -> (Vec<Finding>, Vec<Span>) {
    if analysis.rejected.is_empty() {
        return (Vec::new(), Vec::new());
    }
    let all: Vec<_> = lines(text).collect();
    let mut prose_line = vec![false; all.len()];
    for (i, line) in all.iter().enumerate() {
        let t = line.text.trim_start();
        if t.is_empty() || comment_tokens.iter().any(|c| t.starts_with(c.as_str())) {
            continue;
        }
        // (`RESTORE TABLE main.silver.customers TO VERSION AS OF 41;`: a
        // statement of some dialect no engine here knows, not prose.)
        let mut words = t.split_whitespace();
        let capital = |w: Option<&str>| {
            w.is_some_and(|w| w.len() >= 2 && w.chars().all(|c| c.is_ascii_uppercase()))
        };
        let statement = t.trim_end().ends_with(';') && capital(words.next()) && capital(words.next());
        prose_line[i] =
            !statement && looks_like_prose(&without_quoted_text(text, line.span, analysis));
    }
    let mut confirmed = vec![false; all.len()];
    for (i, line) in all.iter().enumerate() {
        if !prose_line[i] {
            continue;
        }
        let start = line.span.start + (line.text.len() - line.text.trim_start().len());
        // Inside a string or comment that began earlier is documentation,
        // unless that string was itself opened by a prose line (an
        // apostrophe in "Here's the code").
        if let Some(r) = analysis.region_at(start) {
            // A line that opens a string or a block comment (`/* helper
            // procedure to create the objects */`, a prompt in quotes): its
            // words are the literal's or the comment's, not the model's.
            if r.span.start == start {
                continue;
            }
            if r.span.start < start {
                let opener = all.partition_point(|l| l.span.end < r.span.start);
                // (An apostrophe opens such a string inside a word; a
                // quote after a blank or a bracket opens a real literal.)
                let opened_by_prose = opener < all.len()
                    && prose_line[opener]
                    && r.kind == RegionKind::String
                    && opened_in_word(text, r.span.start);
                if !opened_by_prose {
                    continue;
                }
            }
        }
        // A line that opens what is still open at the end of the file is
        // cut code (`echo "Backing up the database to`), not prose.
        // (An apostrophe inside a word, `you'd`, is prose's own.)
        let opens_cut = analysis.open_at_eof.iter().any(|o| {
            let at = o.opener.start;
            at >= line.span.start
                && at < line.span.end.max(line.span.start + 1)
                && !opened_in_word(text, at)
        });
        confirmed[i] = !opens_cut && analysis.is_rejected(line.span);
    }
    let mut findings = Vec::new();
    let mut spans = Vec::new();
    let first_code = all.iter().position(|l| !l.text.trim().is_empty());
    let last_code = all.iter().rposition(|l| !l.text.trim().is_empty());
    let mut i = 0;
    while i < all.len() {
        if !confirmed[i] {
            i += 1;
            continue;
        }
        // Extend over following prose lines, allowing blank lines between.
        let mut j = i;
        let mut k = i + 1;
        while k < all.len() {
            if confirmed[k] {
                j = k;
                k += 1;
            } else if all[k].text.trim().is_empty() {
                k += 1;
            } else {
                break;
            }
        }
        let first = all[i];
        let last = all[j];
        let where_ = if Some(i) == first_code {
            "before the code"
        } else if Some(j) == last_code {
            "after the code"
        } else {
            "between code"
        };
        let quote: String = first.text.trim().chars().take(70).collect();
        let ellipsis = if first.text.trim().chars().count() > 70 {
            "..."
        } else {
            ""
        };
        let n = (i..=j).filter(|x| confirmed[*x]).count();
        let lines_note = if n > 1 {
            format!(" ({n} lines)")
        } else {
            String::new()
        };
        let start = first.span.start + (first.text.len() - first.text.trim_start().len());
        findings.push(
            Finding::new(
                Rule::LlmChatter,
                Some(Span::new(start, last.span.end)),
                format!(
                    "prose from the model {where_}, not code{lines_note}: \"{quote}{ellipsis}\""
                ),
            )
            .with_help("delete the prose, or turn it into a comment if it documents the code"),
        );
        for x in i..=j {
            if confirmed[x] {
                spans.push(all[x].span);
            }
        }
        i = j + 1;
    }
    (findings, spans)
}

/// What only a model says to the person it is answering: it hands over a
/// new version, refers to the request, offers more. Documentation never
/// does (`# I've added it for safety`, `# Let me know if you have
/// comments`, `# Here is the full list of options` are left alone).
const TO_THE_USER: &[&str] = &[
    "here's the updated",
    "here is the updated",
    "here's the revised",
    "here is the revised",
    "here's the modified",
    "here is the modified",
    "here's the corrected",
    "here is the corrected",
    "here's the fixed",
    "here is the fixed",
    "here's the rewritten",
    "here's the refactored",
    "here's the rest of the",
    "here is the rest of the",
    "as you requested",
    "as you asked",
    "as you suggested",
    "you asked about",
    "as we discussed",
    "you asked for",
    "let me know if you'd like",
    "let me know if you would like",
    "let me know if you want",
    "let me know if you need",
    "if you'd like me to",
    "if you want me to",
    "would you like me to",
    "hope this helps",
    "per your feedback",
    "per your request",
    "per your last message",
    "per your comment",
    "based on your feedback",
    "following your feedback",
    "your last message",
    "you were seeing",
    "you were getting",
    "you were running into",
    "you mentioned",
    "as you mentioned",
    "like you asked",
];

/// What the model says it did, in the first person.
const EDIT_VERBS: &[&str] = &[
    "added",
    "replaced",
    "removed",
    "kept",
    "bumped",
    "updated",
    "changed",
    "moved",
    "renamed",
    "switched",
    "refactored",
    "fixed",
    "rewrote",
    "rewritten",
    "dropped",
    "adjusted",
    "converted",
    "simplified",
    "extracted",
    "introduced",
    "included",
    "tweaked",
    "increased",
    "reduced",
    "lowered",
    "raised",
];

/// A comment (lower case) in which the model reports its own edit to the
/// person who asked for it: a clause opening in the first person with a
/// verb of editing (`I've bumped the pool size`, `Here I've added`, `As
/// requested, I've added`) and the reader addressed in the same line
/// (`you`, `your`, `as discussed`, `as requested`). Either half alone is
/// documentation: `# I removed all entries not for 'api'` (a maintainer's
/// note) and `# run the shell locally unless a target was requested`.
fn reports_edit_to_user(lower: &str) -> bool {
    let text = lower
        .trim_start()
        .trim_start_matches(['#', '/', '-', ';', '*'])
        .trim_start();
    let text = text.strip_prefix("note:").unwrap_or(text).trim_start();
    let words = |s: &str| -> Vec<String> {
        s.split(|c: char| !(c.is_alphanumeric() || c == '\''))
            .filter(|w| !w.is_empty())
            .map(str::to_string)
            .collect()
    };
    // Clauses: the comment's start, and what follows a comma or a full stop.
    let first_person = std::iter::once(text)
        .chain(text.match_indices([',', '.', ';']).map(|(at, _)| &text[at + 1..]))
        .any(|clause| {
            let w = words(clause);
            let w: Vec<&str> = w.iter().map(String::as_str).collect();
            let w = match w.first() {
                Some(&"here" | &"so" | &"also" | &"now") => &w[1..],
                _ => &w[..],
            };
            match w {
                ["i", "have", verb, ..] | ["i've", verb, ..] | ["i", verb, ..] => {
                    EDIT_VERBS.contains(verb)
                }
                _ => false,
            }
        });
    if !first_person {
        return false;
    }
    let all = words(text);
    all.iter()
        .any(|w| matches!(w.as_str(), "you" | "your" | "you're" | "you'd" | "you'll"))
        || text.contains("as discussed")
        || text.contains("as requested")
}

/// Comments that are the model talking to the user (`# Here's the updated
/// values.yaml with ingress enabled:`, `# Let me know if you want me to add
/// alerting rules too!`): chatter whatever the parser makes of them. Only a
/// comment on a line of its own, in a file whose language has comments.
pub fn in_comments(text: &str, analysis: &Analysis) -> Vec<Finding> {
    let mut findings = Vec::new();
    for r in &analysis.regions {
        if r.kind != RegionKind::Comment {
            continue;
        }
        let line = crate::lines::line_around(text, r.span.start);
        if !text[line.start..r.span.start].trim().is_empty() {
            continue;
        }
        let body = &text[r.span.start..r.span.end.min(text.len())];
        // (A block comment is documentation, and may quote a model: `/*
        // Example of what NOT to paste: Here is the updated tsconfig: */`.)
        if !["#", "//", "--", ";"].iter().any(|c| body.starts_with(c)) || body.starts_with("#!") {
            continue;
        }
        let mut offset = 0;
        for raw in body.split('\n') {
            let at = offset;
            offset += raw.len() + 1;
            let lower = raw.to_lowercase().replace('\u{2019}', "'");
            // (Quoted, the words are someone else's: `# never say "as you
            // asked"`.)
            // (A hand-over, "Here's the updated ...", leads into the code
            // with a colon; "Here is the updated monthly close query. It
            // replaces ..." documents a change.)
            // ("Here's the HPA you wanted - let me know if ...": the
            // hand-over names the request.)
            let opening = lower.trim_start_matches(['#', '/', '-', ';', ' ']);
            let handed = (opening.starts_with("here's the ") || opening.starts_with("here is the "))
                && [" you wanted", " you requested", " you asked for"]
                    .iter()
                    .any(|p| lower.contains(p));
            let said = handed || TO_THE_USER.iter().any(|p| {
                lower.match_indices(p).any(|(at, _)| {
                    !lower[..at].contains(['"', '`', '\u{201c}'])
                        && (!p.starts_with("here") || lower.trim_end().ends_with(':'))
                })
            });
            if !said && !reports_edit_to_user(&lower) {
                continue;
            }
            let start = r.span.start + at + (raw.len() - raw.trim_start().len());
            let end = r.span.start + at + raw.trim_end().len();
            let quote: String = raw.trim().chars().take(70).collect();
            findings.push(
                Finding::new(
                    Rule::LlmChatter,
                    Some(Span::new(start, end.max(start + 1).min(text.len()))),
                    format!("the model talking to the user, in a comment: \"{quote}\""),
                )
                .with_help("delete the comment: it is the model's reply, not documentation"),
            );
        }
    }
    findings
}

