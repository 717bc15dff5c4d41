//! Inline suppressions, in each language's comment syntax:
//!
//! - `gencheck: allow(rule[, rule...])` in a comment at the end of a line
//!   suppresses those rules' findings that start on that line; in a comment
//!   on a line of its own, on the next line;
//! - `gencheck: allow-file(rule[, rule...])` in a comment anywhere
//!   suppresses them in the whole file.
//!
//! A suppression that suppresses nothing, or names an unknown rule, is
//! reported by `rules/unused_suppression.rs`. `not-text` cannot be
//! suppressed (an unreadable file has no comments).

use crate::diagnostic::{Finding, LineIndex, Span};
use crate::lines::lines;
use crate::rules::{unused_suppression, Rule};

#[derive(Debug)]
struct Suppression {
    span: Span,
    /// The line it applies to (0-based), or `None` for the whole file.
    target_line: Option<usize>,
    rules: Vec<(Rule, bool)>,
}

const MARKER: &str = "gencheck:";

/// Parse `allow(a, b)` / `allow-file(a)` after the marker.
fn parse(after: &str) -> Option<(bool, Vec<String>)> {
    let after = after.trim_start();
    let (file, rest) = if let Some(r) = after.strip_prefix("allow-file") {
        (true, r)
    } else if let Some(r) = after.strip_prefix("allow") {
        (false, r)
    } else {
        return None;
    };
    let rest = rest.trim_start().strip_prefix('(')?;
    let inner = &rest[..rest.find(')')?];
    let ids = inner
        .split(',')
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
        .collect();
    Some((file, ids))
}

/// Apply the suppressions in `text` to `findings`: drop the suppressed ones,
/// and add info findings for suppressions that suppressed nothing.
/// `not_run`: rules set to `off` for this file, which did not run: a
/// suppression of one is not "unused".
pub fn apply(text: &str, comment_tokens: &[String], not_run: &[Rule], findings: &mut Vec<Finding>) {
    if !text.contains(MARKER) {
        return;
    }
    let mut suppressions = Vec::new();
    let mut problems = Vec::new();
    for line in lines(text) {
        let Some(at) = line.text.find(MARKER) else {
            continue;
        };
        // Only in a comment: a comment token before the marker on this line.
        let before = &line.text[..at];
        let Some(token_at) = comment_tokens
            .iter()
            .chain(std::iter::once(&"/*".to_string()))
            .filter_map(|t| before.find(t.as_str()))
            .min()
        else {
            continue;
        };
        let Some((file, ids)) = parse(&line.text[at + MARKER.len()..]) else {
            continue;
        };
        let span = Span::new(line.span.start + at, line.span.end);
        // On a line of its own: nothing but the comment token before it.
        // (`/*` counts in a language without line comments too: CSS.)
        let own_line = before[..token_at].trim().is_empty()
            && (before.trim() == "/*"
                || comment_tokens.iter().any(|t| before.trim() == t.as_str()));
        let mut rules = Vec::new();
        for id in ids {
            match Rule::from_id(&id) {
                Some(Rule::NotText) => problems.push(unused_suppression::not_suppressible(span)),
                Some(rule) => rules.push((rule, false)),
                None => problems.push(unused_suppression::unknown_rule(span, &id)),
            }
        }
        suppressions.push(Suppression {
            span,
            target_line: if file {
                None
            } else if own_line {
                Some(line.number + 1)
            } else {
                Some(line.number)
            },
            rules,
        });
    }
    if suppressions.is_empty() && problems.is_empty() {
        return;
    }
    let index = LineIndex::new(text);
    findings.retain(|f| {
        if f.rule == Rule::NotText || f.rule == Rule::UnusedSuppression {
            return true;
        }
        let line = f.span.map(|s| index.line_of(s.start));
        for s in &mut suppressions {
            let applies = match s.target_line {
                None => true,
                Some(target) => line == Some(target),
            };
            if !applies {
                continue;
            }
            if let Some(entry) = s.rules.iter_mut().find(|(r, _)| *r == f.rule) {
                entry.1 = true;
                return false;
            }
        }
        true
    });
    for s in &suppressions {
        for (rule, used) in &s.rules {
            if !used && !not_run.contains(rule) {
                let where_ = match s.target_line {
                    None => "in this file".to_string(),
                    Some(l) => format!("on line {}", l + 1),
                };
                findings.push(unused_suppression::suppresses_nothing(
                    s.span, *rule, &where_,
                ));
            }
        }
    }
    findings.extend(problems);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn finding(rule: Rule, text: &str, needle: &str) -> Finding {
        let at = text.find(needle).unwrap();
        Finding::new(rule, Some(Span::new(at, at + needle.len())), "x")
    }

    #[test]
    fn end_of_line_own_line_and_file() {
        let text = "a = 1  # gencheck: allow(placeholder)\n# gencheck: allow(truncated, syntax-error)\nb = 2\nc = 3\n";
        let mut f = vec![
            finding(Rule::Placeholder, text, "a = 1"),
            finding(Rule::SyntaxError, text, "b = 2"),
            finding(Rule::SyntaxError, text, "c = 3"),
        ];
        apply(text, &["#".to_string()], &[], &mut f);
        let rules: Vec<_> = f.iter().map(|f| f.rule).collect();
        // c = 3 is not suppressed; `truncated` suppressed nothing.
        assert_eq!(rules, vec![Rule::SyntaxError, Rule::UnusedSuppression]);
        assert!(f[1].message.contains("`truncated`"));

        let text = "-- gencheck: allow-file(llm-chatter)\nSELECT 1;\n";
        let mut f = vec![finding(Rule::LlmChatter, text, "SELECT")];
        apply(text, &["--".to_string()], &[], &mut f);
        assert!(f.is_empty());
    }

    #[test]
    fn own_line_block_comment_without_line_comments() {
        // CSS has no line comments: `/* ... */` on a line of its own still
        // covers the next line.
        let text = "/* gencheck: allow(placeholder) */\n/* ... */\n";
        let mut f = vec![finding(Rule::Placeholder, text, "/* ... */\n")];
        apply(text, &[], &[], &mut f);
        assert!(f.is_empty(), "{f:?}");
    }

    #[test]
    fn only_in_comments_and_not_text_stays() {
        let text = "s = 'gencheck: allow(placeholder)'\n";
        let mut f = vec![finding(Rule::Placeholder, text, "s = ")];
        apply(text, &["#".to_string()], &[], &mut f);
        assert_eq!(f.len(), 1);
        let text = "# gencheck: allow-file(not-text, nope)\n";
        let mut f = Vec::new();
        apply(text, &["#".to_string()], &[], &mut f);
        assert_eq!(f.len(), 2);
        assert!(f.iter().all(|f| f.rule == Rule::UnusedSuppression));
    }

    #[test]
    fn a_suppression_of_a_rule_that_did_not_run_is_not_unused() {
        let text = "# gencheck: allow-file(definitions-removed)\nx = 1\n";
        let mut f = Vec::new();
        apply(
            text,
            &["#".to_string()],
            &[Rule::DefinitionsRemoved],
            &mut f,
        );
        assert!(f.is_empty(), "{f:?}");
        apply(text, &["#".to_string()], &[], &mut f);
        assert_eq!(f.len(), 1);
    }
}
