//! The strict verdict: serde_json's parser, which implements RFC 8259
//! exactly when it only validates (`IgnoredAny`: no depth limit, no number
//! range, any `\uXXXX` escape, as the grammar says). Its error, a line and
//! a column, becomes a byte span at the offending token and a message that
//! says what JSON allows instead.

use serde::de::IgnoredAny;
use serde_json::error::Category;

use crate::analysis::SyntaxError;
use crate::diagnostic::Span;

/// Validate one document, `doc` (the text as the parser sees it, JSONC's
/// comments blanked), found at `base` in `original` (the file's text, for
/// the messages). `None` when it is valid JSON.
pub fn check(doc: &str, base: usize, original: &str, jsonc: bool) -> Option<SyntaxError> {
    let e = serde_json::from_str::<IgnoredAny>(doc).err()?;
    let at_eof = e.classify() == Category::Eof;
    let end = doc.trim_end().len();
    let mut offset = if at_eof {
        end.saturating_sub(1)
    } else {
        serde_offset(doc, e.line(), e.column()).min(doc.len().saturating_sub(1))
    };
    // A misspelt `true`, `false` or `null` is reported after it.
    if e.to_string().starts_with("expected ident") {
        let b = doc.as_bytes();
        while offset > 0 && !b[offset].is_ascii_alphanumeric() {
            offset -= 1;
        }
    }
    let mut span = token_at(doc, offset, at_eof);
    // serde_json, only validating, says "expected value" at the bracket
    // after a trailing comma: point at the comma.
    let before = doc[..span.start].trim_end();
    let trailing_comma =
        !at_eof && matches!(&doc[span.start..span.end], "}" | "]") && before.ends_with(',');
    if trailing_comma {
        span = Span::new(before.len() - 1, before.len());
    }
    let raw = e.to_string();
    let said = raw
        .rsplit_once(" at line ")
        .map_or(raw.as_str(), |(m, _)| m)
        .to_string();
    // Widen one-character spans to the construct they start: a comment, a
    // single-quoted string, a double-quoted string.
    let rest = &doc[span.start..];
    let line_end = rest.find(['\n', '\r']).unwrap_or(rest.len());
    if !at_eof && !trailing_comma {
        let widen = if rest.starts_with("//") {
            Some(line_end)
        } else if rest.starts_with("/*") {
            Some(rest.find("*/").map_or(line_end, |p| p + 2))
        } else if rest.starts_with('\'') {
            Some(rest[1..line_end].find('\'').map_or(line_end, |p| p + 2))
        } else if rest.starts_with('"') {
            Some(crate::lang::json::scan::string_end(rest.as_bytes()).min(line_end))
        } else {
            None
        };
        if let Some(len) = widen {
            span = Span::new(span.start, span.start + len.max(1));
        }
    }
    let double_comma =
        !at_eof && !trailing_comma && &doc[span.start..span.end] == "," && before.ends_with(',');
    let token = &original[base + span.start..base + span.end];
    let said = if trailing_comma {
        "trailing comma".to_string()
    } else {
        said
    };
    let (message, help) = if double_comma {
        (
            "two `,` in a row".to_string(),
            Some("delete one".to_string()),
        )
    } else {
        explain(&said, token, at_eof, jsonc)
    };
    let span = Span::new(base + span.start, base + span.end);
    Some(SyntaxError {
        span,
        message,
        labels: Vec::new(),
        help,
        at_eof,
    })
}

/// serde_json's position (1-based line counting `\n` only, 1-based column
/// in bytes) as a byte offset.
fn serde_offset(doc: &str, line: usize, column: usize) -> usize {
    let mut start = 0;
    for _ in 1..line {
        match memchr::memchr(b'\n', &doc.as_bytes()[start..]) {
            Some(p) => start += p + 1,
            None => break,
        }
    }
    if column == 0 {
        // The line break that ends the previous line.
        return start.saturating_sub(1);
    }
    start + column - 1
}

/// The token at `offset`: a word or number, a string's opening quote to
/// the offset, or one character.
fn token_at(doc: &str, offset: usize, at_eof: bool) -> Span {
    let mut at = offset.min(doc.len());
    while at > 0 && !doc.is_char_boundary(at) {
        at -= 1;
    }
    if doc.is_empty() {
        return Span::new(0, 0);
    }
    let is_word = |c: char| c.is_alphanumeric() || matches!(c, '_' | '.' | '+' | '-');
    let c = doc[at..].chars().next().unwrap_or(' ');
    if at_eof || !is_word(c) {
        return Span::new(at, at + c.len_utf8().min(doc.len() - at));
    }
    let start = doc[..at]
        .char_indices()
        .rev()
        .take_while(|(_, c)| is_word(*c))
        .last()
        .map_or(at, |(i, _)| i);
    let end = doc[at..]
        .char_indices()
        .find(|(_, c)| !is_word(*c))
        .map_or(doc.len(), |(i, _)| at + i);
    Span::new(start, end)
}

const JSONC_HELP: &str = "if the tool that reads this file accepts comments and trailing commas (JSONC, like tsconfig.json), list the file under `[languages] jsonc` in gencheck.toml";

/// A message that says what JSON allows, from serde_json's words and the
/// offending token.
fn explain(said: &str, token: &str, at_eof: bool, jsonc: bool) -> (String, Option<String>) {
    let what = if jsonc { "JSONC" } else { "JSON" };
    if at_eof {
        return (format!("the JSON document ends mid-value ({said})"), None);
    }
    let lower = token.to_ascii_lowercase();
    if matches!(
        lower.as_str(),
        "nan" | "infinity" | "-infinity" | "+infinity" | "undefined"
    ) {
        return (
            format!("`{token}` is not a {what} value: JSON has no NaN, Infinity or undefined"),
            Some("write `null`, or the number as a string".to_string()),
        );
    }
    if token.starts_with('\'') {
        return (
            format!("a single-quoted string: {what} strings are in double quotes ({said})"),
            None,
        );
    }
    if !jsonc && (token.starts_with("//") || token.starts_with("/*") || token == "/") {
        return (
            "a comment: JSON has no comments".to_string(),
            Some(JSONC_HELP.to_string()),
        );
    }
    if said == "trailing comma" {
        return (
            "a trailing comma: JSON allows none before `}` or `]`".to_string(),
            Some(format!("delete the `,`; {JSONC_HELP}")),
        );
    }
    if said == "invalid number" && token.trim_start_matches('-').starts_with('0') {
        return (
            format!("invalid number `{token}`: JSON numbers have no leading zeros"),
            None,
        );
    }
    if (token.starts_with('+') || token.starts_with('.'))
        && token[1..].starts_with(|c: char| c.is_ascii_digit())
    {
        return (
            format!("invalid number `{token}`: JSON numbers have no leading `+` or `.`"),
            None,
        );
    }
    if said == "key must be a string" {
        return (
            format!("object keys are double-quoted strings in {what}, not `{token}`"),
            None,
        );
    }
    if said == "trailing characters" {
        return (
            format!("text after the end of the {what} document: `{token}`"),
            None,
        );
    }
    if said.starts_with("control character") {
        return (
            format!("a raw control character in a string ({said})"),
            Some("escape it: `\\n`, `\\t`, `\\u0000`".to_string()),
        );
    }
    if said == "expected value" || said.starts_with("expected ident") {
        let shown = if token.is_empty() { "this" } else { token };
        return (format!("`{shown}` is not a {what} value ({said})"), None);
    }
    if said.starts_with("expected `,`") && token.starts_with('"') {
        return (
            format!("{said} before {token}"),
            Some("a `,` is missing between the two members".to_string()),
        );
    }
    (format!("{said}, found `{token}`"), None)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn err(t: &str) -> Option<SyntaxError> {
        check(t, 0, t, false)
    }

    #[test]
    fn rfc_8259_exactly() {
        // Valid: top-level scalars, lone surrogate escapes, huge numbers,
        // deep nesting, every escape.
        for ok in [
            "1",
            "\"s\"",
            "null",
            " true ",
            "\"\\ud800\"",
            "1e400",
            "-0.0e-0",
            "\"\\/\\b\\f\\n\\r\\t\\u00e9\"",
            "{\"a\":{\"a\":[]}}",
        ] {
            assert!(err(ok).is_none(), "{ok}");
        }
        let deep = "[".repeat(10_000) + &"]".repeat(10_000);
        assert!(err(&deep).is_none());
        for (bad, says) in [
            ("{\"a\": 01}", "leading zeros"),
            ("[NaN]", "`NaN` is not a JSON value"),
            ("{'a': 1}", "single-quoted"),
            ("[1, 2,]", "trailing comma"),
            ("{\"a\": 1,}", "trailing comma"),
            ("\"a\tb\"", "control character"),
            ("{\"a\": 1} x", "text after the end"),
            ("// c\n{}", "comment"),
            ("{a: 1}", "keys are double-quoted"),
            ("[+1]", "leading `+`"),
            ("\u{a0}1", "not a JSON value"),
            ("[1 2]", "expected `,` or `]`"),
            ("\"\\x\"", "escape"),
        ] {
            let e = err(bad).unwrap_or_else(|| panic!("{bad} accepted"));
            assert!(e.message.contains(says), "{bad}: {}", e.message);
        }
        let e = err("{\"a\": [1,").unwrap();
        assert!(e.at_eof);
        let t = "{\n  \"a\": 1,\n  \"b\": tru\n}";
        let e = err(t).unwrap();
        assert_eq!(&t[e.span.start..e.span.end], "tru");
    }
}
