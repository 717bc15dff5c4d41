//! One pass over the bytes of a JSON or JSONC text for what the verdict
//! (serde_json, `verdict.rs`) does not say: where strings and comments are,
//! what is still open at the end, which keys repeat in one object, which
//! tokens are not JSON at all (prose, fences, conflict markers: the lines
//! the rules may hide), and, in JSONC, what to blank out before the strict
//! parse (comments, trailing commas). It recovers from anything and never
//! decides validity.

use std::collections::HashMap;

use crate::analysis::{Region, RegionKind};
use crate::diagnostic::Span;

/// A key an object already holds, again.
#[derive(Debug, Clone)]
pub struct Duplicate {
    pub key: String,
    pub span: Span,
    pub first: Span,
}

#[derive(Debug, Default)]
pub struct Scan {
    /// Strings, and in JSONC comments; sorted, non-overlapping.
    pub regions: Vec<Region>,
    /// JSONC: the comments and trailing commas the strict parse must not see.
    pub blank: Vec<Span>,
    /// `{` and `[` still open at the end: offset and bracket, outermost first.
    pub open: Vec<(usize, u8)>,
    /// A string (or, in JSONC, a block comment) still open at the end.
    pub open_string: Option<usize>,
    pub open_comment: Option<usize>,
    pub duplicates: Vec<Duplicate>,
    /// Tokens that are no JSON at all (words, backticks, `#`, `<<<<<<<`).
    pub junk: Vec<Span>,
    /// `"...": ...` members and bare `...` tokens.
    pub elisions: Vec<Span>,
}

struct Frame {
    open: usize,
    bracket: u8,
    /// Objects: the keys seen, with their first span.
    keys: HashMap<String, Span>,
    /// Objects: the next string is a key (after `{` or `,`).
    expect_key: bool,
}

/// A member keyed `"..."` or `"// ..."` that stands for left-out entries:
/// its key or value is an ellipsis or says so (`"...": "..."`, `"// ...":
/// "other packages"`); `"...": "More actions"` is a translation.
fn elides(member: &str) -> bool {
    // The key is a plain string (`"..."`, `"// ..."`): no escapes.
    let Some(key_end) = member.get(1..).and_then(|m| m.find('"')).map(|p| p + 2) else {
        return false;
    };
    let (key, rest) = member.split_at(key_end);
    let Some(value) = rest.trim_start().strip_prefix(':') else {
        return false;
    };
    let unquote = |s: &str| {
        s.trim()
            .trim_end_matches(',')
            .trim()
            .trim_matches('"')
            .to_string()
    };
    let (key, value) = (unquote(key), unquote(value));
    let ellipsis = |s: &str| s.contains("...") || s.contains('\u{2026}');
    let dots = |s: &str| !s.is_empty() && s.chars().all(|c| c == '.' || c == '\u{2026}');
    dots(&value)
        || (key.starts_with("//")
            && (ellipsis(&key)
                || ellipsis(&value)
                || crate::rules::placeholder::is_placeholder(&value)))
}

/// The key a string token names: its text without quotes, escapes decoded
/// when they are valid.
fn key_text(raw: &str) -> String {
    if raw.contains('\\') {
        if let Ok(s) = serde_json::from_str::<String>(raw) {
            return s;
        }
    }
    raw.get(1..raw.len().saturating_sub(1))
        .unwrap_or(raw)
        .to_string()
}

/// `start..end` without the white space (and comments' line) at its end.
fn trimmed(text: &str, start: usize, end: usize) -> Span {
    let body = &text[start..end];
    let body = body.split(['\n', '\r']).next().unwrap_or(body);
    Span::new(start, start + body.trim_end().len())
}

/// The length of the double-quoted string `b` starts with, through its
/// closing quote (or to the end).
pub fn string_end(b: &[u8]) -> usize {
    let mut j = 1;
    while j < b.len() {
        match b[j] {
            b'\\' => j += 2,
            b'"' => return j + 1,
            _ => j += 1,
        }
    }
    b.len()
}

fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'_' | b'.' | b'+' | b'-')
}

/// Scan `text`. `jsonc`: comments and trailing commas are allowed;
/// `lines`: JSON Lines, each line its own document.
pub fn scan(text: &str, jsonc: bool, lines: bool) -> Scan {
    let b = text.as_bytes();
    let mut out = Scan::default();
    let mut stack: Vec<Frame> = Vec::new();
    // The last `,` not yet followed by another token (a trailing comma if a
    // bracket closes next).
    let mut last_comma: Option<usize> = None;
    // A top-level value is complete: anything but white space after it is
    // junk (JSON Lines: until the end of the line).
    let mut top_done = false;
    // Where the value of the member whose key is `...` starts being read.
    let mut elided_member: Option<usize> = None;
    let mut i = 0;
    // A value ended at `end`: completes the document at depth 0.
    let value_end = |stack: &mut Vec<Frame>, top_done: &mut bool| {
        if stack.is_empty() {
            *top_done = true;
        }
    };
    while i < b.len() {
        let c = b[i];
        match c {
            b' ' | b'\t' | b'\r' => {
                i += 1;
                continue;
            }
            b'\n' => {
                if lines {
                    stack.clear();
                    top_done = false;
                    last_comma = None;
                }
                i += 1;
                continue;
            }
            b'/' if jsonc && matches!(b.get(i + 1), Some(b'/') | Some(b'*')) => {
                let start = i;
                if b[i + 1] == b'/' {
                    let end = memchr::memchr2(b'\n', b'\r', &b[i..]).map_or(b.len(), |p| i + p);
                    i = end;
                } else {
                    match memchr::memmem::find(&b[i + 2..], b"*/") {
                        Some(p) => i = i + 2 + p + 2,
                        None => {
                            out.open_comment = Some(start);
                            i = b.len();
                        }
                    }
                }
                let span = Span::new(start, i);
                out.regions.push(Region {
                    span,
                    kind: RegionKind::Comment,
                });
                out.blank.push(span);
                continue;
            }
            _ => {}
        }
        // A token other than white space and comments.
        let was_comma = last_comma.take();
        match c {
            b'{' | b'[' => {
                if top_done && stack.is_empty() {
                    out.junk.push(Span::new(i, i + 1));
                }
                if let Some(f) = stack.last_mut() {
                    f.expect_key = false;
                }
                stack.push(Frame {
                    open: i,
                    bracket: c,
                    keys: HashMap::new(),
                    expect_key: c == b'{',
                });
                i += 1;
            }
            b'}' | b']' => {
                let want = if c == b'}' { b'{' } else { b'[' };
                match stack.iter().rposition(|f| f.bracket == want) {
                    Some(at) => {
                        if let Some(comma) = was_comma {
                            if jsonc && at == stack.len() - 1 {
                                out.blank.push(Span::new(comma, comma + 1));
                            }
                        }
                        stack.truncate(at);
                        if let Some(start) = elided_member.take().filter(|s| elides(&text[*s..i])) {
                            out.elisions.push(trimmed(text, start, i));
                        }
                        value_end(&mut stack, &mut top_done);
                    }
                    None => out.junk.push(Span::new(i, i + 1)),
                }
                i += 1;
            }
            b',' => {
                if let Some(f) = stack.last_mut() {
                    f.expect_key = f.bracket == b'{';
                } else {
                    out.junk.push(Span::new(i, i + 1));
                }
                if let Some(start) = elided_member.take().filter(|s| elides(&text[*s..i])) {
                    out.elisions.push(trimmed(text, start, i));
                }
                last_comma = Some(i);
                i += 1;
            }
            b':' => {
                if stack.is_empty() {
                    out.junk.push(Span::new(i, i + 1));
                }
                i += 1;
            }
            b'"' => {
                let start = i;
                let mut j = i + 1;
                let mut closed = false;
                while j < b.len() {
                    match b[j] {
                        b'\\' => j += 2,
                        b'"' => {
                            j += 1;
                            closed = true;
                            break;
                        }
                        b'\n' | b'\r' => break,
                        _ => j += 1,
                    }
                }
                let end = j.min(b.len());
                out.regions.push(Region {
                    span: Span::new(start, end),
                    kind: RegionKind::String,
                });
                if !closed {
                    if end >= b.len() {
                        out.open_string = Some(start);
                    } else {
                        out.junk.push(Span::new(start, end));
                    }
                }
                if top_done && stack.is_empty() {
                    out.junk.push(Span::new(start, end));
                }
                let raw = &text[start..end];
                match stack.last_mut() {
                    Some(f) if f.bracket == b'{' && f.expect_key => {
                        f.expect_key = false;
                        let key = key_text(raw);
                        let span = Span::new(start, end);
                        if key == "..." || key == "\u{2026}" || key.starts_with("//") {
                            elided_member = Some(start);
                        }
                        match f.keys.get(&key) {
                            Some(first) => out.duplicates.push(Duplicate {
                                key,
                                span,
                                first: *first,
                            }),
                            None => {
                                f.keys.insert(key, span);
                            }
                        }
                    }
                    _ => value_end(&mut stack, &mut top_done),
                }
                i = end;
            }
            _ if is_word_byte(c) => {
                let start = i;
                let mut j = i;
                while j < b.len() && is_word_byte(b[j]) {
                    j += 1;
                }
                let word = &text[start..j];
                let span = Span::new(start, j);
                let value = matches!(word, "true" | "false" | "null")
                    || word.starts_with(|c: char| c.is_ascii_digit() || c == '-');
                if word == "..." {
                    out.elisions.push(span);
                    out.junk.push(span);
                } else if !value || (top_done && stack.is_empty()) {
                    out.junk.push(span);
                }
                if let Some(f) = stack.last_mut() {
                    f.expect_key = false;
                }
                if value {
                    value_end(&mut stack, &mut top_done);
                }
                i = j;
            }
            _ => {
                // Anything else is no JSON token: a run of such bytes up to
                // white space or a bracket is one piece of junk.
                let start = i;
                let mut j = i;
                while j < b.len()
                    && !matches!(
                        b[j],
                        b' ' | b'\t' | b'\n' | b'\r' | b'{' | b'}' | b'[' | b']' | b',' | b'"'
                    )
                {
                    j += 1;
                }
                // Stay on a char boundary.
                while j < b.len() && !text.is_char_boundary(j) {
                    j += 1;
                }
                out.junk
                    .push(Span::new(start, j.max(start + 1).min(b.len())));
                i = j.max(start + 1);
                while i < b.len() && !text.is_char_boundary(i) {
                    i += 1;
                }
            }
        }
    }
    if let Some(start) = elided_member.take().filter(|s| elides(&text[*s..])) {
        out.elisions.push(trimmed(text, start, text.len()));
    }
    out.open = stack.iter().map(|f| (f.open, f.bracket)).collect();
    out.regions.sort_by_key(|r| r.span.start);
    out.elisions.sort_by_key(|s| s.start);
    out
}

/// `text` with `spans` blanked (line breaks kept): what the strict parse of
/// a JSONC file reads.
pub fn blanked(text: &str, spans: &[Span]) -> String {
    let mut bytes = text.as_bytes().to_vec();
    for s in spans {
        for byte in &mut bytes[s.start..s.end] {
            if *byte != b'\n' && *byte != b'\r' {
                *byte = b' ';
            }
        }
    }
    // Spans are whole comments and single commas: char boundaries.
    String::from_utf8(bytes).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn structure() {
        let s = scan("{\"a\": 1, \"b\": [1, 2], \"a\": 3}\n", false, false);
        assert_eq!(s.duplicates.len(), 1);
        assert_eq!(s.duplicates[0].key, "a");
        assert!(s.open.is_empty() && s.junk.is_empty());
        let s = scan("{\"a\": {\"b\": [1,", false, false);
        assert_eq!(s.open.len(), 3);
        let s = scan("{\"a\": \"cut", false, false);
        assert_eq!(s.open_string, Some(6));
        let s = scan("Here is the file:\n{\"a\": 1}\n", false, false);
        assert_eq!(s.junk.len(), 5, "{:?}", s.junk);
        let s = scan("{\n  // c\n  \"a\": [1, 2,],\n}\n", true, false);
        assert_eq!(s.blank.len(), 3, "{:?}", s.blank);
        let s = scan("{\"\\u0061\": 1, \"a\": 2}", false, false);
        assert_eq!(s.duplicates.len(), 1);
        let s = scan("{\"x\": 1,\n  \"...\": \"...\"\n}\n", false, false);
        assert_eq!(s.elisions.len(), 1);
        let s = scan("{\"a\": 1}\n{\"a\": 2}\n", false, true);
        assert!(s.junk.is_empty() && s.duplicates.is_empty());
        let s = scan("{\"a\": 1}\n{\"a\": 2}\n", false, false);
        assert!(!s.junk.is_empty());
    }
}
