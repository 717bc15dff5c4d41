//! Does a line read as an English sentence rather than code? Used to find
//! model chatter. A line only counts as chatter when the language's parser
//! also rejects it, so these tests may be generous; they must still not
//! match ordinary code lines, which is what the function-word test is for.

/// English words that code rarely uses as identifiers or keywords (Python's
/// and SQL's `and`, `or`, `not`, `is`, `in`, `as`, `for`, `if`, `with`,
/// `on`, `from`, `by`, and the alias-like `a` left out). Counted once each.
/// Words that open an instruction to the reader, capitalised.
const INSTRUCTION_OPENERS: &[&str] = &[
    "Then",
    "Next",
    "Now",
    "Finally",
    "Afterwards",
    "Run",
    "Make",
    "Save",
    "Remember",
    "Replace",
    "Update",
    "Add",
    "Copy",
    "Place",
    "Execute",
];

const FUNCTION_WORDS: &[&str] = &[
    "the",
    "an",
    "this",
    "that",
    "these",
    "those",
    "here",
    "there",
    "are",
    "was",
    "were",
    "be",
    "been",
    "you",
    "your",
    "i",
    "i'll",
    "i've",
    "i'm",
    "we",
    "we've",
    "let",
    "me",
    "it",
    "it's",
    "here's",
    "that's",
    "will",
    "would",
    "can",
    "could",
    "should",
    "to",
    "of",
    "please",
    "now",
    "also",
    "which",
    "what",
    "how",
    "have",
    "has",
    "just",
    "so",
    "but",
    "sure",
    "hope",
    "helps",
    "need",
    "needs",
    "want",
    "changes",
    "updated",
    "following",
    "below",
    "above",
    "version",
    "file",
    "code",
    "fix",
    "fixed",
    "added",
    "removed",
    "changed",
    "make",
    "made",
    "sure!",
    "certainly",
    "great",
    "note",
];

/// Words that, alone with a colon (`Explanation:`, `**Changes:**`), head a
/// block of chatter.
const HEADINGS: &[&str] = &[
    "explanation",
    "explanations",
    "changes",
    "changes made",
    "summary",
    "notes",
    "note",
    "key changes",
    "what changed",
    "usage",
    "how it works",
    "improvements",
    "output",
    "example usage",
    "updated code",
    "result",
];

/// Strip markdown list markers, emphasis and heading marks.
fn strip_markup(line: &str) -> &str {
    let mut s = line.trim();
    for prefix in ["- ", "* ", "• ", "> "] {
        if let Some(rest) = s.strip_prefix(prefix) {
            s = rest.trim_start();
        }
    }
    // `1. ` / `2) `
    let digits = s.bytes().take_while(u8::is_ascii_digit).count();
    if digits > 0 && digits < 3 {
        if let Some(rest) = s[digits..]
            .strip_prefix(". ")
            .or_else(|| s[digits..].strip_prefix(") "))
        {
            s = rest.trim_start();
        }
    }
    s.trim_start_matches('#').trim().trim_matches('*').trim()
}

/// Replace markdown inline code (`` `x = f(y)` ``) by one plain word, so
/// that code quoted in a sentence does not hide the sentence.
fn without_inline_code(s: &str) -> std::borrow::Cow<'_, str> {
    if !s.contains('`') {
        return std::borrow::Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    let mut parts = s.split('`');
    let mut inside = false;
    if let Some(first) = parts.next() {
        out.push_str(first);
    }
    for part in parts {
        inside = !inside;
        if inside {
            out.push_str("code");
        } else {
            out.push_str(part);
        }
    }
    if inside {
        // An unmatched backtick: keep the text as it was.
        return std::borrow::Cow::Borrowed(s);
    }
    std::borrow::Cow::Owned(out)
}

/// Whether `line` reads as prose.
/// The words before the first `: ` of `s` when they are four or more
/// plain words and something follows (`You can run it with: X=1 ./run`).
pub fn lead_in(s: &str) -> Option<&str> {
    let (lead, rest) = s.split_once(": ")?;
    let plain = lead.split_whitespace().count() >= 4
        && !rest.trim().is_empty()
        && lead
            .chars()
            .all(|c| c.is_alphabetic() || c == ' ' || c == '\'' || c == ',');
    plain.then_some(lead)
}

pub fn looks_like_prose(line: &str) -> bool {
    let plain = without_inline_code(line);
    let s = strip_markup(&plain);
    if s.is_empty() {
        return false;
    }
    let lower = s.to_lowercase();
    let head = lower
        .trim_end_matches(':')
        .trim_end_matches('*')
        .trim_end_matches(':');
    if s.ends_with(':') && HEADINGS.contains(&head) {
        return true;
    }
    let words: Vec<&str> = s.split_whitespace().collect();
    if words.len() < 3 {
        return false;
    }
    // "Step 2 - Install the git hooks", "Step 3: run the migrations".
    if matches!(words[0], "Step" | "Part" | "Phase")
        && words.len() >= 4
        && words[1]
            .trim_end_matches([':', '.', ')'])
            .bytes()
            .all(|b| b.is_ascii_digit())
        && words[1].len() <= 3
        && words[1].starts_with(|c: char| c.is_ascii_digit())
        && words[2..].iter().all(|w| {
            w.chars()
                .all(|c| c.is_alphabetic() || matches!(c, '-' | ',' | '\'' | '`' | '.' | ':'))
        })
    {
        return true;
    }
    // A sentence that leads in to a command: "You can run it with: X=1
    // ./run.sh" (the lead-in alone is judged).
    if let Some(lead) = lead_in(s) {
        if looks_like_prose(&format!("{lead}:")) {
            return true;
        }
    }
    // SQL written in capitals: `SELECT * FROM t VERSION AS OF '123'`.
    if words[0].len() > 1
        && words[0].chars().all(|c| c.is_ascii_uppercase())
        && sqlparser::keywords::ALL_KEYWORDS.contains(&words[0])
    {
        return false;
    }
    // A column quoted with backticks and a keyword in capitals:
    // `` `ts` DateTime MATERIALIZED now() `` (ClickHouse, MySQL DDL).
    if line.trim_start().starts_with('`')
        && words.iter().skip(1).any(|w| {
            w.len() > 2
                && w.chars().all(|c| c.is_ascii_uppercase() || c == '_')
                && sqlparser::keywords::ALL_KEYWORDS.contains(w)
        })
    {
        return false;
    }
    // Code punctuation: assignments, calls, brackets, statement ends.
    let code_chars = s
        .chars()
        .filter(|c| {
            matches!(
                c,
                '=' | '(' | ')' | '{' | '}' | '[' | ']' | ';' | '<' | '>' | '|' | '\\'
            )
        })
        .count();
    if code_chars > 2 || s.contains(" = ") || s.contains("==") || s.contains("->") {
        return false;
    }
    let wordish = words
        .iter()
        .filter(|w| {
            let w = w.trim_matches(|c: char| ",.:;!?\"'()`*".contains(c));
            !w.is_empty()
                && w.chars()
                    .all(|c| c.is_alphabetic() || c == '\'' || c == '-' || c == '’')
        })
        .count();
    if wordish * 4 < words.len() * 3 {
        return false;
    }
    // An instruction to the reader: "Then run ./install.sh as root."
    if words.len() >= 4
        && s.ends_with('.')
        && INSTRUCTION_OPENERS.contains(&words[0].trim_end_matches(','))
    {
        return true;
    }
    let mut seen: Vec<String> = words
        .iter()
        .map(|w| {
            w.trim_matches(|c: char| ",.:;!?\"()`*".contains(c))
                .to_lowercase()
                .replace('’', "'")
        })
        .filter(|w| FUNCTION_WORDS.contains(&w.as_str()))
        .collect();
    seen.sort();
    seen.dedup();
    let function_words = seen.len();
    let sentence_end = s.ends_with(['.', ':', '!', '?']);
    let starts_capital = s.chars().next().is_some_and(char::is_uppercase);
    function_words >= 2 || (function_words >= 1 && sentence_end && starts_capital)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chatter_is_prose() {
        for l in [
            "Here is the updated file:",
            "Sure! Below is the refactored version of `models.py` with the changes you requested.",
            "Let me know if you need any further changes!",
            "1. Added input validation to `create_user`",
            "- Removed the unused import of `os`.",
            "**Explanation:**",
            "This should fix the issue.",
            "I've updated the query to use a CTE instead of a subquery.",
            "- `SUM(oi.quantity * oi.unit_price)` computes the gross sales per product.",
            "Step 2 - Install the git hooks",
            "You can run it with: CF_DISTRIBUTION_ID=E123 ./publish.sh",
            "Then run ./install-tools.sh as root.",
        ] {
            assert!(looks_like_prose(l), "{l}");
        }
    }

    #[test]
    fn code_is_not_prose() {
        for l in [
            "return a and b or c",
            "SELECT name FROM users WHERE active",
            "from django.db import models",
            "x = the_value + 1",
            "class Users(models.Model):",
            "raise NotImplementedError",
            "import os",
            "ORDER BY created_at DESC",
            "if user is not None and user.is_active:",
            "for item in items:",
            "with open(path) as f:",
            "WHERE o.status = 'paid' AND o.total > 100",
            "LEFT JOIN orders o ON o.user_id = u.id",
            "pass",
            "GROUP BY region WITH ROLLUP",
            "`receive_timestamp` DateTime MATERIALIZED now()",
            "SELECT a, b FROM t a WHERE a.x IS NULL",
            "WHERE deleted_at IS NULL AND name IS NOT NULL",
            "GRANT SELECT ON reports TO analyst",
            "SELECT * FROM t VERSION AS OF '123'",
            "Step 2",
            "step = 2",
        ] {
            assert!(!looks_like_prose(l), "{l}");
        }
    }
}
