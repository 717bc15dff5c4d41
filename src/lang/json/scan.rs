//! One pass over the bytes of a JSON, JSONC or JSON5 text for what the
//! verdict (serde_json, `verdict.rs`; JSON5's, `json5.rs`) does not say:
//! where strings and comments are, what is still open at the end, which
//! keys repeat in one object, the members of the top-level object (JSON5's
//! definitions), which tokens are not JSON at all (prose, fences, conflict
//! markers: the lines the rules may hide), and, in JSONC, what to blank out
//! before the strict parse (comments, trailing commas). It recovers from
//! anything and never decides validity.

use std::collections::HashMap;

use crate::analysis::{Region, RegionKind};
use crate::diagnostic::Span;

use super::Flavor;

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
    /// The members of the top-level object (depth 1) and of the objects
    /// that are its members' values (depth 2), in order.
    pub members: Vec<Member>,
}

/// A member of the top-level object, or of an object that is the value of
/// one of its members.
#[derive(Debug, Clone)]
pub struct Member {
    /// 1: the top-level object's; 2: in the value of a depth-1 member.
    pub depth: usize,
    /// The key as written, without quotes (escapes kept).
    pub key: String,
    /// From the key to the end of the value (the last token before the
    /// member's `,` or the object's `}`).
    pub span: Span,
    /// Depth 2: the key of the depth-1 member whose value holds it.
    pub parent: Option<String>,
}

struct Frame {
    open: usize,
    bracket: u8,
    /// Objects: the keys seen, with their first span.
    keys: HashMap<String, Span>,
    /// Objects: the next string is a key (after `{` or `,`).
    expect_key: bool,
    /// The member being read, when it is one of [`Scan::members`].
    member: Option<usize>,
    /// Arrays: how many elements are objects or arrays, and a `"..."`
    /// element among them (`[{...}, {...}, "..."]`: left-out entries).
    containers: usize,
    dots: Option<Span>,
}

/// A member keyed `"..."` or `"// ..."` that stands for left-out entries:
/// its key or value is an ellipsis or says so (`"...": "..."`, `"// ...":
/// "other packages"`); `"...": "More actions"` is a translation.
fn elides(member: &str) -> bool {
    // The key is a plain string (`"..."`, `"// ..."`; JSON5: `'...'`): no
    // escapes.
    let quote = match member.as_bytes().first() {
        Some(b'\'') => '\'',
        _ => '"',
    };
    let Some(key_end) = member.get(1..).and_then(|m| m.find(quote)).map(|p| p + 2) else {
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
            .trim_matches(['"', '\''])
            .to_string()
    };
    let (key, value) = (unquote(key), unquote(value));
    let ellipsis = |s: &str| s.contains("...") || s.contains('\u{2026}');
    let dots = |s: &str| !s.is_empty() && s.chars().all(|c| c == '.' || c == '\u{2026}');
    dots(&value)
        || marker(&value)
        || (dots(&key) && refers_to_left_out(&value))
        || (key.starts_with("//")
            && (ellipsis(&key)
                || ellipsis(&value)
                || crate::rules::placeholder::is_placeholder(&value)))
}

/// A string that is an elision marker rather than data: an elision phrase
/// in brackets (`"<existing config>"`, `"[previous rewrites]"`, `"(same as
/// before)"`) or after an ellipsis (`"... (remaining rules unchanged)"`).
/// Two words at least, one of them referring to what was left out: a UI
/// string such as `"(unchanged)"` is data.
pub(crate) fn marker(value: &str) -> bool {
    let v = value.trim();
    let inner = [('<', '>'), ('[', ']'), ('(', ')')]
        .iter()
        .find_map(|(o, c)| v.strip_prefix(*o).and_then(|r| r.strip_suffix(*c)))
        .or_else(|| {
            v.strip_prefix("...")
                .or_else(|| v.strip_prefix('\u{2026}'))
                .map(|r| r.trim().trim_start_matches('(').trim_end_matches(')'))
        });
    let Some(inner) = inner.map(str::trim) else {
        return false;
    };
    let lower = inner.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let refers = words.iter().any(|w| {
        matches!(
            *w,
            "existing" | "previous" | "remaining" | "rest" | "same" | "original"
        )
    });
    // What is left out: a state (`unchanged`, `as before`), or a kind of
    // content (`config`, `rewrites`) the rest of which is meant, not a page
    // or a label (`"[Previous page]"`, `"(other options)"`).
    let state = lower.contains("as before")
        || words
            .iter()
            .any(|w| matches!(*w, "unchanged" | "omitted" | "here"));
    let content = words.iter().any(|w| {
        matches!(*w, "config" | "code" | "settings")
            || (w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("ous"))
    });
    let other = words.contains(&"other");
    (2..=6).contains(&words.len())
        && !inner.contains(['<', '>', '[', ']', '{', '}', '=', ':'])
        && ((refers && (state || content)) || (other && state))
}

/// A short phrase that says entries were left out or kept as they were
/// (`"same as before"`, `"unchanged"`, `"other paths omitted"`), the value
/// of a `"..."` key. Not a translation of an ellipsis (`"More actions"`).
fn refers_to_left_out(value: &str) -> bool {
    let lower = value.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    (1..=6).contains(&words.len())
        && words.iter().any(|w| {
            matches!(
                *w,
                "unchanged" | "omitted" | "elided" | "etc" | "existing" | "remaining" | "rest"
            )
        })
        || matches!(words.as_slice(), [.., "as", "before" | "above" | "is"])
        || crate::rules::placeholder::is_placeholder(value)
}

/// The key a string token names: its text without quotes, escapes decoded
/// when they are valid.
fn key_text(raw: &str, flavor: Flavor) -> String {
    if flavor == Flavor::Json5 {
        return super::json5::key_text(raw);
    }
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

/// The key as written: without its quotes.
fn raw_key(raw: &str) -> String {
    let inner = raw.get(1..).unwrap_or("");
    match raw.as_bytes().first() {
        Some(q @ (b'"' | b'\'')) => inner.strip_suffix(*q as char).unwrap_or(inner).to_string(),
        _ => raw.to_string(),
    }
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

/// JSON5's identifier bytes beyond JSON's word bytes: `$`, a `\uXXXX`
/// escape's backslash, and every byte of a character beyond ASCII.
fn is_json5_word_byte(b: u8) -> bool {
    is_word_byte(b) || b == b'$' || b == b'\\' || b >= 0x80
}

/// The end of `span`'s member, when it is one of `out.members`.
fn end_member(out: &mut Scan, frame: &mut Frame, end: usize) {
    if let Some(m) = frame.member.take() {
        let member = &mut out.members[m];
        member.span = Span::new(member.span.start, end.max(member.span.start));
    }
}

/// A key seen in the innermost frame of `stack`: a member to record when
/// it is at depth 1 or 2 (objects all the way down).
fn start_member(out: &mut Scan, stack: &mut [Frame], key: String, at: usize) {
    let depth = stack.len();
    if depth > 2 || stack.iter().any(|f| f.bracket != b'{') {
        return;
    }
    let parent = match depth {
        2 => match stack[0].member {
            Some(m) => Some(out.members[m].key.clone()),
            None => return,
        },
        _ => None,
    };
    out.members.push(Member {
        depth,
        key,
        span: Span::new(at, at),
        parent,
    });
    stack[depth - 1].member = Some(out.members.len() - 1);
}

/// Scan `text` as `flavor`: JSONC and JSON5 allow comments and trailing
/// commas, JSON5 its other forms; `lines`: JSON Lines, each line its own
/// document.
pub fn scan(text: &str, flavor: Flavor, lines: bool) -> Scan {
    let jsonc = flavor == Flavor::Jsonc;
    let json5 = flavor == Flavor::Json5;
    let comments = flavor != Flavor::Json;
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
    // Where the last token (not a `,` or `:`) ended: a member's end.
    let mut last_end = 0;
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
            0x0b | 0x0c if json5 => {
                i += 1;
                continue;
            }
            _ if json5
                && c >= 0x80
                && text[i..].chars().next().is_some_and(super::json5::is_space) =>
            {
                i += text[i..].chars().next().map_or(1, char::len_utf8);
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
            b'/' if comments && matches!(b.get(i + 1), Some(b'/') | Some(b'*')) => {
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
                if jsonc {
                    out.blank.push(span);
                }
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
                    f.containers += 1;
                }
                stack.push(Frame {
                    open: i,
                    bracket: c,
                    keys: HashMap::new(),
                    expect_key: c == b'{',
                    member: None,
                    containers: 0,
                    dots: None,
                });
                i += 1;
                last_end = i;
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
                        for mut f in stack.drain(at..) {
                            end_member(&mut out, &mut f, last_end);
                            if let Some(dots) = f.dots.filter(|_| f.containers > 0) {
                                out.elisions.push(dots);
                            }
                        }
                        if let Some(start) = elided_member.take().filter(|s| elides(&text[*s..i])) {
                            out.elisions.push(trimmed(text, start, i));
                        }
                        value_end(&mut stack, &mut top_done);
                    }
                    None => out.junk.push(Span::new(i, i + 1)),
                }
                i += 1;
                last_end = i;
            }
            b',' => {
                if let Some(f) = stack.last_mut() {
                    f.expect_key = f.bracket == b'{';
                    end_member(&mut out, f, last_end);
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
            b'"' | b'\'' if c == b'"' || json5 => {
                let start = i;
                let mut j = i + 1;
                let mut closed = false;
                while j < b.len() {
                    match b[j] {
                        // JSON5: `\` at the end of a line continues the string.
                        b'\\'
                            if json5
                                && b.get(j + 1) == Some(&b'\r')
                                && b.get(j + 2) == Some(&b'\n') =>
                        {
                            j += 3
                        }
                        b'\\' => j += 2,
                        q if q == c => {
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
                        let key = key_text(raw, flavor);
                        if key == "..." || key == "\u{2026}" || key.starts_with("//") {
                            elided_member = Some(start);
                        }
                        add_key(&mut out, f, key, Span::new(start, end));
                        start_member(&mut out, &mut stack, raw_key(raw), start);
                    }
                    Some(f) if f.bracket == b'[' && matches!(raw, "\"...\"" | "\"\u{2026}\"") => {
                        f.dots = Some(Span::new(start, end));
                    }
                    Some(_)
                        if raw
                            .strip_prefix(['"', '\''])
                            .and_then(|r| r.strip_suffix(['"', '\'']))
                            .is_some_and(marker) =>
                    {
                        out.elisions.push(Span::new(start, end));
                        value_end(&mut stack, &mut top_done);
                    }
                    _ => value_end(&mut stack, &mut top_done),
                }
                i = end;
                last_end = end;
            }
            _ if is_word_byte(c) || (json5 && is_json5_word_byte(c)) => {
                let start = i;
                let mut j = i;
                let word_byte = if json5 {
                    is_json5_word_byte
                } else {
                    is_word_byte
                };
                while j < b.len() && word_byte(b[j]) {
                    j += 1;
                }
                let word = &text[start..j];
                let span = Span::new(start, j);
                let value = matches!(word, "true" | "false" | "null")
                    || word.starts_with(|c: char| c.is_ascii_digit() || c == '-')
                    || (json5
                        && word != "..."
                        && (matches!(word.trim_start_matches(['+', '-']), "Infinity" | "NaN")
                            || word.starts_with(['+', '.'])));
                // JSON5: a word where a key is due is an unquoted key.
                let key = json5
                    && word != "..."
                    && stack
                        .last()
                        .is_some_and(|f| f.bracket == b'{' && f.expect_key);
                if word == "..." {
                    out.elisions.push(span);
                    out.junk.push(span);
                } else if key {
                    let f = stack.last_mut().expect("a frame");
                    add_key(&mut out, f, key_text(word, flavor), span);
                    start_member(&mut out, &mut stack, word.to_string(), start);
                } else if !value || (top_done && stack.is_empty()) {
                    out.junk.push(span);
                }
                if let Some(f) = stack.last_mut() {
                    f.expect_key = false;
                }
                if value && !key {
                    value_end(&mut stack, &mut top_done);
                }
                i = j;
                last_end = j;
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
                let junk = Span::new(start, j.max(start + 1).min(b.len()));
                // A `…` where entries were is an elision, as `...` is.
                if text[junk.start..junk.end] == *"\u{2026}" {
                    out.elisions.push(junk);
                }
                out.junk.push(junk);
                i = j.max(start + 1);
                while i < b.len() && !text.is_char_boundary(i) {
                    i += 1;
                }
                last_end = i;
            }
        }
    }
    for f in &mut stack {
        end_member(&mut out, f, last_end);
    }
    if let Some(start) = elided_member.take().filter(|s| elides(&text[*s..])) {
        out.elisions.push(trimmed(text, start, text.len()));
    }
    out.open = stack.iter().map(|f| (f.open, f.bracket)).collect();
    out.regions.sort_by_key(|r| r.span.start);
    out.elisions.sort_by_key(|s| s.start);
    out
}

/// A key of object `f`: a duplicate when the object already holds it.
fn add_key(out: &mut Scan, f: &mut Frame, key: String, span: Span) {
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
    fn a_bracketed_or_dotted_phrase_is_a_marker_and_a_ui_string_is_not() {
        for m in [
            "<existing config>",
            "[previous rewrites]",
            "(same as before)",
            "... (remaining rules unchanged)",
            "\u{2026} other entries unchanged",
        ] {
            assert!(marker(m), "{m}");
        }
        // An unterminated string that ends inside a character.
        let s = scan("\"{\u{a543}\u{11056}", Flavor::Json, false);
        assert!(s.elisions.is_empty());
        let s = scan("[\"x\u{11056}", Flavor::Json, false);
        assert!(s.elisions.is_empty());
        for ui in [
            "(unchanged)",
            "[Previous page]",
            "(other options)",
            "<b>previous</b> settings",
            "Loading...",
            "...",
            "The rest of the settings are unchanged",
        ] {
            assert!(!marker(ui), "{ui}");
        }
    }

    #[test]
    fn structure() {
        let s = scan("{\"a\": 1, \"b\": [1, 2], \"a\": 3}\n", Flavor::Json, false);
        assert_eq!(s.duplicates.len(), 1);
        assert_eq!(s.duplicates[0].key, "a");
        assert!(s.open.is_empty() && s.junk.is_empty());
        let s = scan("{\"a\": {\"b\": [1,", Flavor::Json, false);
        assert_eq!(s.open.len(), 3);
        let s = scan("{\"a\": \"cut", Flavor::Json, false);
        assert_eq!(s.open_string, Some(6));
        let s = scan("Here is the file:\n{\"a\": 1}\n", Flavor::Json, false);
        assert_eq!(s.junk.len(), 5, "{:?}", s.junk);
        let s = scan("{\n  // c\n  \"a\": [1, 2,],\n}\n", Flavor::Jsonc, false);
        assert_eq!(s.blank.len(), 3, "{:?}", s.blank);
        let s = scan("{\"\\u0061\": 1, \"a\": 2}", Flavor::Json, false);
        assert_eq!(s.duplicates.len(), 1);
        let s = scan("{\"x\": 1,\n  \"...\": \"...\"\n}\n", Flavor::Json, false);
        assert_eq!(s.elisions.len(), 1);
        for (json, n) in [
            ("{\"x\": 1,\n  \"...\": \"same as before\"\n}\n", 1),
            (
                "{\"paths\": {\"/a\": {}, \"...\": \"other paths unchanged\"}}",
                1,
            ),
            ("[{\"id\": 1}, {\"id\": 2},\n  \"...\"\n]\n", 1),
            // A translation of the ellipsis; an argument list; a string list.
            ("{\"...\": \"More actions\", \"Save\": \"Enregistrer\"}", 0),
            ("{\"args\": [\"-v\", \"...\"], \"x\": [[1], 2]}", 0),
            ("{\"steps\": [\"build\", \"...\", \"deploy\"]}", 0),
        ] {
            let s = scan(json, Flavor::Json, false);
            assert_eq!(s.elisions.len(), n, "{json}: {:?}", s.elisions);
        }
        let s = scan("{\"a\": 1}\n{\"a\": 2}\n", Flavor::Json, true);
        assert!(s.junk.is_empty() && s.duplicates.is_empty());
        let s = scan("{\"a\": 1}\n{\"a\": 2}\n", Flavor::Json, false);
        assert!(!s.junk.is_empty());
    }
}
