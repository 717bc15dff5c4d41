//! JSON5's strict verdict (<https://spec.json5.org>, 1.0.0), by hand: one
//! pass over the bytes with an explicit stack (no recursion, so no nesting
//! depth can exhaust a thread's stack), stopping at the first error with a
//! byte span at the offending token and a message that says what JSON5
//! allows instead.
//!
//! What JSON5 adds to JSON, all accepted: `//` and `/* */` comments;
//! trailing commas; single-quoted strings; object keys written as ES5
//! identifier names (`$`, `_`, Unicode letters, `\uXXXX` escapes; reserved
//! words too); strings continued over a line with `\` at the end of the
//! line, the escapes `\v`, `\0`, `\xHH` and any other character after `\`;
//! hexadecimal numbers, a leading or trailing decimal point, a leading `+`,
//! `Infinity` and `NaN` (signed too); the ES5 white space set (`\v`, `\f`,
//! no-break space, the line and paragraph separators, the byte order mark
//! and every Unicode space separator). Still refused, as in the reference
//! implementation (the `json5` npm package): octal escapes (`\1`, `\0`
//! before a digit) and leading zeros, a raw line break in a string, two
//! commas in a row or a comma first, numbers as keys, `undefined`, and any
//! text after the one value.
//!
//! Crates were considered first: `json5` 1.3 reports a line and column but
//! recurses per nesting level, refuses a lone surrogate escape (`"\ud800"`,
//! which the reference accepts) and hexadecimal numbers over 128 bits;
//! `json-five` 0.3 gives byte offsets but refuses nesting past 1,000 levels
//! and accepts a sign apart from its number (`- 1`); `serde_json5` 0.2 is a
//! recursive pest grammar with a line and column. The grammar is small
//! enough to keep exactly.

use crate::analysis::SyntaxError;
use crate::diagnostic::Span;

/// JSON5's white space: ASCII's (with `\v` and `\f`), the no-break space,
/// the line and paragraph separators, the byte order mark, and every
/// character of Unicode's Space_Separator category (Zs).
pub fn is_space(c: char) -> bool {
    matches!(
        c,
        '\t' | '\n' | '\u{b}' | '\u{c}' | '\r' | ' ' | '\u{a0}' | '\u{1680}' | '\u{2000}'
            ..='\u{200a}'
                | '\u{2028}'
                | '\u{2029}'
                | '\u{202f}'
                | '\u{205f}'
                | '\u{3000}'
                | '\u{feff}'
    )
}

/// An ES5 IdentifierStart (without escapes): `$`, `_` or a Unicode letter.
/// Unicode's Alphabetic property stands in for the letter categories; it
/// adds a few marks, so a valid key is never refused.
pub fn is_id_start(c: char) -> bool {
    c == '$' || c == '_' || c.is_ascii_alphabetic() || (!c.is_ascii() && c.is_alphabetic())
}

/// An ES5 IdentifierPart (without escapes): a start, a digit, and beyond
/// ASCII any character that is not white space (combining marks,
/// connectors, ZWNJ and ZWJ among them: lenient, never stricter).
pub fn is_id_part(c: char) -> bool {
    c == '$' || c == '_' || c.is_ascii_alphanumeric() || (!c.is_ascii() && !is_space(c))
}

type Res<T> = Result<T, SyntaxError>;

struct Parser<'a> {
    text: &'a str,
    b: &'a [u8],
    i: usize,
    /// The open brackets: the bracket and its offset.
    stack: Vec<(u8, usize)>,
}

/// Validate `text` as one JSON5 document; `None` when it is valid.
pub fn check(text: &str) -> Option<SyntaxError> {
    let mut p = Parser {
        text,
        b: text.as_bytes(),
        i: 0,
        stack: Vec::new(),
    };
    let mut e = p.document().err()?;
    // A bad token that runs to the end with a bracket still open (`tr`
    // for `true`) is where the text was cut.
    let token = &text[e.span.start..e.span.end];
    let cut =
        token.starts_with(|c: char| is_id_part(c) || matches!(c, '"' | '\'' | '.' | '+' | '-'));
    if !p.stack.is_empty() && cut && e.span.end >= text.trim_end_matches(is_space).len() {
        e.at_eof = true;
    }
    Some(e)
}

fn closer(open: u8) -> u8 {
    if open == b'{' {
        b'}'
    } else {
        b']'
    }
}

impl Parser<'_> {
    fn char_at(&self, at: usize) -> Option<char> {
        self.text.get(at..).and_then(|s| s.chars().next())
    }

    /// 1-based line of `at`, for messages.
    fn line(&self, at: usize) -> usize {
        crate::diagnostic::LineIndex::new(self.text).line_of(at) + 1
    }

    fn error(&self, span: Span, message: String, help: Option<String>) -> SyntaxError {
        SyntaxError {
            span,
            message,
            labels: Vec::new(),
            help,
            at_eof: false,
        }
    }

    /// An error about the end of the text: something is still open there.
    /// The span is the last character that is not white space.
    fn eof(&self, message: String) -> SyntaxError {
        let body = self.text.trim_end_matches(is_space);
        let span = match body.char_indices().next_back() {
            Some((at, c)) => Span::new(at, at + c.len_utf8()),
            None => Span::new(0, 0),
        };
        SyntaxError {
            span,
            message,
            labels: Vec::new(),
            help: None,
            at_eof: true,
        }
    }

    /// The token at `at`, for a span and a message: a quoted string (to its
    /// closing quote on the same line), a word or number, or one character.
    fn token(&self, at: usize) -> Span {
        let Some(c) = self.char_at(at) else {
            return Span::new(at, at);
        };
        let rest = &self.text[at..];
        let line_end = rest.find(['\n', '\r']).unwrap_or(rest.len());
        if c == '"' || c == '\'' {
            let mut j = 1;
            let b = rest.as_bytes();
            while j < line_end {
                match b[j] {
                    b'\\' => j += 2,
                    q if q == c as u8 => {
                        j += 1;
                        break;
                    }
                    _ => j += 1,
                }
            }
            let mut end = j.min(line_end);
            while !rest.is_char_boundary(end) {
                end += 1;
            }
            return Span::new(at, at + end);
        }
        let wordy = |c: char| is_id_part(c) || matches!(c, '.' | '+' | '-' | '\\');
        if wordy(c) {
            let len = rest
                .char_indices()
                .find(|(_, c)| !wordy(*c))
                .map_or(rest.len(), |(i, _)| i);
            return Span::new(at, at + len.max(c.len_utf8()));
        }
        Span::new(at, at + c.len_utf8())
    }

    fn shown(&self, span: Span) -> &str {
        &self.text[span.start..span.end]
    }

    /// An ellipsis (`...`, `…`) at the cursor: a model's elision, no token.
    fn ellipsis(&self) -> Option<SyntaxError> {
        let rest = &self.text[self.i..];
        let len = if rest.starts_with("...") {
            3
        } else if rest.starts_with('\u{2026}') {
            '\u{2026}'.len_utf8()
        } else {
            return None;
        };
        let t = Span::new(self.i, self.i + len);
        Some(self.error(
            t,
            format!(
                "`{}` is not JSON5: it stands for content that was left out",
                self.shown(t)
            ),
            None,
        ))
    }

    /// Skip white space and comments.
    fn skip_space(&mut self) -> Res<()> {
        loop {
            let Some(&c) = self.b.get(self.i) else {
                return Ok(());
            };
            match c {
                b'\t' | b'\n' | 0x0b | 0x0c | b'\r' | b' ' => self.i += 1,
                b'/' => match self.b.get(self.i + 1) {
                    Some(b'/') => {
                        // To the next line terminator (LF, CR, U+2028, U+2029).
                        let mut j = self.i + 2;
                        loop {
                            match memchr::memchr3(b'\n', b'\r', 0xe2, &self.b[j..]) {
                                None => {
                                    j = self.b.len();
                                    break;
                                }
                                Some(p) => {
                                    j += p;
                                    if self.b[j] != 0xe2
                                        || (self.b.get(j + 1) == Some(&0x80)
                                            && matches!(self.b.get(j + 2), Some(0xa8 | 0xa9)))
                                    {
                                        break;
                                    }
                                    j += 1;
                                }
                            }
                        }
                        self.i = j;
                    }
                    Some(b'*') => match memchr::memmem::find(&self.b[self.i + 2..], b"*/") {
                        Some(p) => self.i += 2 + p + 2,
                        None => {
                            return Err(self.eof(format!(
                                "the comment `/*` opened at line {} is never closed",
                                self.line(self.i)
                            )))
                        }
                    },
                    _ => return Ok(()),
                },
                c if c >= 0x80 => match self.char_at(self.i) {
                    Some(ch) if is_space(ch) => self.i += ch.len_utf8(),
                    _ => return Ok(()),
                },
                _ => return Ok(()),
            }
        }
    }

    fn document(&mut self) -> Res<()> {
        let mut stack = std::mem::take(&mut self.stack);
        let result = self.read(&mut stack);
        self.stack = stack;
        result
    }

    fn read(&mut self, stack: &mut Vec<(u8, usize)>) -> Res<()> {
        let mut empty = true;
        loop {
            // A value is due.
            self.skip_space()?;
            if empty && self.i >= self.b.len() {
                return Err(self.error(
                    Span::new(0, 0),
                    "no value: a JSON5 document is one value (an object, an array, a string, ...), and this one holds only comments".to_string(),
                    None,
                ));
            }
            empty = false;
            if let Some(open) = self.value(stack)? {
                stack.push((open, self.i - 1));
                self.skip_space()?;
                if self.b.get(self.i) == Some(&closer(open)) {
                    self.i += 1;
                    stack.pop();
                } else if self.b.get(self.i) == Some(&b',') {
                    let what = if open == b'{' { "member" } else { "element" };
                    return Err(self.error(
                        Span::new(self.i, self.i + 1),
                        format!("a `,` before the first {what}"),
                        Some("delete it".to_string()),
                    ));
                } else {
                    if open == b'{' {
                        self.key()?;
                    }
                    continue;
                }
            }
            // After a value: a `,`, the bracket that closes, or the end.
            loop {
                self.skip_space()?;
                let Some(&(open, at)) = stack.last() else {
                    if self.i < self.b.len() {
                        let t = self.token(self.i);
                        return Err(self.error(
                            t,
                            format!(
                                "text after the end of the JSON5 document: `{}`",
                                self.shown(t)
                            ),
                            None,
                        ));
                    }
                    return Ok(());
                };
                let close = closer(open);
                let what = if open == b'{' {
                    "the object `{`"
                } else {
                    "the array `[`"
                };
                match self.b.get(self.i) {
                    None => {
                        return Err(self.eof(format!(
                            "the JSON5 document ends inside {what} opened at line {}",
                            self.line(at)
                        )))
                    }
                    Some(&c) if c == close => {
                        self.i += 1;
                        stack.pop();
                    }
                    Some(b',') => {
                        self.i += 1;
                        self.skip_space()?;
                        match self.b.get(self.i) {
                            Some(&c) if c == close => {
                                // A trailing comma.
                                self.i += 1;
                                stack.pop();
                                continue;
                            }
                            Some(b',') => {
                                return Err(self.error(
                                    Span::new(self.i, self.i + 1),
                                    "two `,` in a row".to_string(),
                                    Some("delete one".to_string()),
                                ))
                            }
                            _ => {}
                        }
                        if open == b'{' {
                            self.key()?;
                        }
                        break;
                    }
                    Some(b'}' | b']') => {
                        let t = Span::new(self.i, self.i + 1);
                        return Err(self.error(
                            t,
                            format!(
                                "`{}` does not close {what} opened at line {}",
                                self.shown(t),
                                self.line(at)
                            ),
                            None,
                        ));
                    }
                    Some(_) => {
                        let t = self.token(self.i);
                        let (thing, close) = if open == b'{' {
                            ("a member", '}')
                        } else {
                            ("an element", ']')
                        };
                        let shown = self.shown(t);
                        let next_value = shown.starts_with(['"', '\''])
                            || shown.starts_with(|c: char| is_id_part(c) || c == '.')
                            || shown.starts_with(['{', '[', '+', '-']);
                        return Err(self.error(
                            t,
                            format!("expected `,` or `{close}` after {thing}, found `{shown}`"),
                            next_value.then(|| format!("a `,` is missing before `{shown}`")),
                        ));
                    }
                }
            }
        }
    }

    /// A value where one is due: `Some(bracket)` when it opens an object
    /// or an array (the bracket is consumed), `None` when a whole scalar
    /// was read.
    fn value(&mut self, stack: &[(u8, usize)]) -> Res<Option<u8>> {
        let Some(&c) = self.b.get(self.i) else {
            return Err(self.eof("the JSON5 document ends where a value should be".to_string()));
        };
        if let Some(e) = self.ellipsis() {
            return Err(e);
        }
        match c {
            b'{' | b'[' => {
                self.i += 1;
                Ok(Some(c))
            }
            b'"' | b'\'' => self.string().map(|_| None),
            b'0'..=b'9' | b'-' | b'+' | b'.' => self.number().map(|_| None),
            b',' => {
                let t = Span::new(self.i, self.i + 1);
                Err(self.error(
                    t,
                    "a `,` where a value should be".to_string(),
                    Some("delete it, or write the value".to_string()),
                ))
            }
            b'}' | b']' => {
                let t = Span::new(self.i, self.i + 1);
                let in_object = stack.last().is_some_and(|(o, _)| *o == b'{');
                let message = if in_object {
                    format!(
                        "`{}` where a value should be: the key has no value",
                        c as char
                    )
                } else {
                    format!("`{}` where a value should be", c as char)
                };
                Err(self.error(t, message, None))
            }
            b'/' => Err(self.error(
                Span::new(self.i, self.i + 1),
                "a `/` that starts no comment (`//` or `/*`)".to_string(),
                None,
            )),
            _ => {
                let ch = self.char_at(self.i).unwrap_or(' ');
                let t = self.token(self.i);
                let word = self.shown(t).to_string();
                if is_id_start(ch)
                    && matches!(
                        word.as_str(),
                        "true" | "false" | "null" | "Infinity" | "NaN"
                    )
                {
                    self.i = t.end;
                    return Ok(None);
                }
                let help = match word.as_str() {
                    "undefined" => Some("write `null`".to_string()),
                    "True" | "False" | "None" | "Null" | "NULL" | "TRUE" | "FALSE" => {
                        Some("JSON5 writes `true`, `false` and `null`, in lower case".to_string())
                    }
                    "infinity" | "nan" | "NAN" | "inf" => {
                        Some("JSON5 writes `Infinity` and `NaN`".to_string())
                    }
                    _ if is_id_start(ch) => Some(format!("a string needs quotes: `'{word}'`")),
                    _ => None,
                };
                Err(self.error(t, format!("`{word}` is not a JSON5 value"), help))
            }
        }
    }

    /// An object key and its `:`.
    fn key(&mut self) -> Res<()> {
        self.skip_space()?;
        let Some(&c) = self.b.get(self.i) else {
            return Err(
                self.eof("the JSON5 document ends where an object key should be".to_string())
            );
        };
        let start = self.i;
        if let Some(e) = self.ellipsis() {
            return Err(e);
        }
        match c {
            b'"' | b'\'' => self.string()?,
            b'\\' => self.identifier()?,
            _ if self.char_at(self.i).is_some_and(is_id_start) => self.identifier()?,
            b'0'..=b'9' | b'-' | b'+' | b'.' => {
                let t = self.token(self.i);
                let shown = self.shown(t);
                return Err(self.error(
                    t,
                    format!("a number is no object key in JSON5: `{shown}`"),
                    Some(format!("quote it: `'{shown}'`")),
                ));
            }
            _ => {
                let t = self.token(self.i);
                return Err(self.error(
                    t,
                    format!(
                        "expected an object key (a string or an identifier), found `{}`",
                        self.shown(t)
                    ),
                    None,
                ));
            }
        }
        let key = Span::new(start, self.i);
        self.skip_space()?;
        match self.b.get(self.i) {
            Some(b':') => {
                self.i += 1;
                Ok(())
            }
            None => Err(self.eof(format!(
                "the JSON5 document ends after the key `{}`, before its `:`",
                self.shown(key)
            ))),
            Some(_) => {
                let t = self.token(self.i);
                Err(self.error(
                    t,
                    format!(
                        "expected `:` after the key `{}`, found `{}`",
                        self.shown(key),
                        self.shown(t)
                    ),
                    None,
                ))
            }
        }
    }

    /// `\uXXXX` at `at` (the backslash): the code unit, or `None`.
    fn unicode_escape(&self, at: usize) -> Option<u32> {
        if self.b.get(at + 1) != Some(&b'u') {
            return None;
        }
        let hex = self.text.get(at + 2..at + 6)?;
        if !hex.bytes().all(|h| h.is_ascii_hexdigit()) {
            return None;
        }
        u32::from_str_radix(hex, 16).ok()
    }

    /// An identifier name (an unquoted key): the first character is a
    /// start or an escape.
    fn identifier(&mut self) -> Res<()> {
        let start = self.i;
        let mut first = true;
        while let Some(c) = self.char_at(self.i) {
            if c == '\\' {
                let Some(unit) = self.unicode_escape(self.i) else {
                    let t = Span::new(self.i, (self.i + 2).min(self.b.len()));
                    return Err(self.error(
                        t,
                        "in an unquoted key, `\\` must start a `\\uXXXX` escape".to_string(),
                        None,
                    ));
                };
                // A surrogate half names no character: not a letter.
                let ok = char::from_u32(unit).is_some_and(|ch| {
                    if first {
                        is_id_start(ch)
                    } else {
                        is_id_part(ch)
                    }
                });
                if !ok {
                    let t = Span::new(self.i, self.i + 6);
                    return Err(self.error(
                        t,
                        format!(
                            "`{}` is not a character an unquoted key may hold",
                            self.shown(t)
                        ),
                        Some("quote the key".to_string()),
                    ));
                }
                self.i += 6;
            } else if (first && is_id_start(c)) || (!first && is_id_part(c)) {
                self.i += c.len_utf8();
            } else {
                break;
            }
            first = false;
        }
        debug_assert!(self.i > start);
        Ok(())
    }

    fn string(&mut self) -> Res<()> {
        let start = self.i;
        let q = self.b[self.i];
        self.i += 1;
        loop {
            let Some(&c) = self.b.get(self.i) else {
                return Err(self.eof(format!(
                    "the JSON5 document ends inside the string opened at line {}",
                    self.line(start)
                )));
            };
            match c {
                _ if c == q => {
                    self.i += 1;
                    return Ok(());
                }
                b'\\' => self.escape()?,
                b'\n' | b'\r' => {
                    // Cut here when nothing but white space follows.
                    if self.text[self.i..].trim_matches(is_space).is_empty() {
                        return Err(self.eof(format!(
                            "the JSON5 document ends inside the string opened at line {}",
                            self.line(start)
                        )));
                    }
                    return Err(self.error(
                        Span::new(start, self.i),
                        "a line break inside a string: JSON5 strings end on their line".to_string(),
                        Some("end the line with `\\` to continue the string on the next, or write `\\n`".to_string()),
                    ));
                }
                _ => self.i += 1,
            }
        }
    }

    /// An escape in a string; `self.i` is at the backslash.
    fn escape(&mut self) -> Res<()> {
        let at = self.i;
        self.i += 1;
        let Some(&c) = self.b.get(self.i) else {
            return Err(
                self.eof("the JSON5 document ends inside a string, after a `\\`".to_string())
            );
        };
        match c {
            b'\r' => {
                self.i += 1;
                if self.b.get(self.i) == Some(&b'\n') {
                    self.i += 1;
                }
            }
            b'0' => {
                self.i += 1;
                if self.b.get(self.i).is_some_and(u8::is_ascii_digit) {
                    return Err(self.error(
                        Span::new(at, self.i + 1),
                        format!(
                            "`{}` is an octal escape, which JSON5 does not have",
                            &self.text[at..self.i + 1]
                        ),
                        Some("write `\\u00XX` or `\\xXX`".to_string()),
                    ));
                }
            }
            b'1'..=b'9' => {
                return Err(self.error(
                    Span::new(at, self.i + 1),
                    format!(
                        "`{}` is an octal escape, which JSON5 does not have",
                        &self.text[at..self.i + 1]
                    ),
                    Some("write `\\u00XX` or `\\xXX`".to_string()),
                ))
            }
            b'x' | b'u' => {
                let n = if c == b'x' { 2 } else { 4 };
                let digits = self.b[self.i + 1..]
                    .iter()
                    .take(n)
                    .take_while(|h| h.is_ascii_hexdigit())
                    .count();
                if digits < n {
                    if self.i + 1 + digits >= self.b.len() {
                        return Err(self
                            .eof("the JSON5 document ends inside a string's escape".to_string()));
                    }
                    let mut end = self.i + 1 + digits;
                    while !self.text.is_char_boundary(end) {
                        end += 1;
                    }
                    return Err(self.error(
                        Span::new(at, end),
                        format!("`\\{}` takes {n} hexadecimal digits", c as char),
                        None,
                    ));
                }
                self.i += 1 + n;
            }
            // Any other character stands for itself (`\/`, `\a`), a line
            // break (LF, U+2028, U+2029) continues the string.
            _ => {
                let len = self.char_at(self.i).map_or(1, char::len_utf8);
                self.i += len;
            }
        }
        Ok(())
    }

    /// A number: `[+-]` then `Infinity`, `NaN`, hexadecimal, or decimal with
    /// an optional point and exponent.
    fn number(&mut self) -> Res<()> {
        let start = self.i;
        let invalid = |p: &Self, why: &str| {
            let t = p.token(start);
            p.error(t, format!("invalid number `{}`: {why}", p.shown(t)), None)
        };
        if matches!(self.b[self.i], b'+' | b'-') {
            self.i += 1;
        }
        match self.b.get(self.i) {
            None => {
                return Err(
                    self.eof("the JSON5 document ends after a sign, before its number".to_string())
                )
            }
            Some(b'I' | b'N') => {
                let t = self.token(self.i);
                let word = self.shown(t);
                if word != "Infinity" && word != "NaN" {
                    return Err(invalid(
                        self,
                        "a sign goes before a number, `Infinity` or `NaN`",
                    ));
                }
                self.i = t.end;
            }
            Some(b'0') if matches!(self.b.get(self.i + 1), Some(b'x' | b'X')) => {
                self.i += 2;
                let digits = self.b[self.i..]
                    .iter()
                    .take_while(|h| h.is_ascii_hexdigit())
                    .count();
                if digits == 0 {
                    if self.i >= self.b.len() {
                        return Err(self.eof(
                            "the JSON5 document ends inside a hexadecimal number".to_string(),
                        ));
                    }
                    return Err(invalid(self, "`0x` needs hexadecimal digits"));
                }
                self.i += digits;
            }
            Some(b'0'..=b'9' | b'.') => {
                let digits =
                    |p: &Self| p.b[p.i..].iter().take_while(|d| d.is_ascii_digit()).count();
                let int = digits(self);
                if int > 1 && self.b[self.i] == b'0' {
                    return Err(invalid(
                        self,
                        "no leading zeros in JSON5 (octal numbers are not JSON5)",
                    ));
                }
                self.i += int;
                let mut frac = 0;
                if self.b.get(self.i) == Some(&b'.') {
                    self.i += 1;
                    frac = digits(self);
                    self.i += frac;
                }
                if int == 0 && frac == 0 {
                    return Err(invalid(
                        self,
                        "a decimal point needs a digit before or after it",
                    ));
                }
                if matches!(self.b.get(self.i), Some(b'e' | b'E')) {
                    self.i += 1;
                    if matches!(self.b.get(self.i), Some(b'+' | b'-')) {
                        self.i += 1;
                    }
                    let exp = digits(self);
                    if exp == 0 {
                        if self.i >= self.b.len() {
                            return Err(self.eof(
                                "the JSON5 document ends inside a number's exponent".to_string(),
                            ));
                        }
                        return Err(invalid(self, "an exponent needs digits"));
                    }
                    self.i += exp;
                }
            }
            Some(_) => {
                let t = Span::new(start, self.i);
                return Err(self.error(
                    t,
                    format!("`{}` with no number after it", self.shown(t)),
                    None,
                ));
            }
        }
        // ES5: no identifier character or digit right after a number
        // (`1a`, `0x1g`), and no second point (`1.2.3`).
        if let Some(c) = self.char_at(self.i) {
            if is_id_part(c) || c == '.' {
                return Err(invalid(self, "it runs into the characters after it"));
            }
        }
        Ok(())
    }
}

/// A key's text: the inside of a quoted key with its escapes decoded (a
/// line continuation is nothing, an unknown escape is its character), or
/// an identifier with its `\uXXXX` escapes decoded; an escape that names no
/// character (a surrogate half) is kept as written.
pub fn key_text(raw: &str) -> String {
    let inner = match raw.as_bytes().first() {
        Some(b'"' | b'\'') if raw.len() >= 2 && raw.ends_with(&raw[..1]) => &raw[1..raw.len() - 1],
        Some(b'"' | b'\'') => &raw[1..],
        _ => raw,
    };
    if !inner.contains('\\') {
        return inner.to_string();
    }
    let mut out = String::with_capacity(inner.len());
    let mut chars = inner.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        let Some((_, e)) = chars.next() else {
            out.push('\\');
            break;
        };
        let hex = |n: usize, chars: &mut std::iter::Peekable<std::str::CharIndices>| {
            let digits = inner.get(at + 2..at + 2 + n)?;
            if !digits.bytes().all(|b| b.is_ascii_hexdigit()) {
                return None;
            }
            let v = u32::from_str_radix(digits, 16).ok()?;
            for _ in 0..n {
                chars.next();
            }
            Some(v)
        };
        match e {
            'b' => out.push('\u{8}'),
            'f' => out.push('\u{c}'),
            'n' => out.push('\n'),
            'r' => {
                out.push('\r');
            }
            't' => out.push('\t'),
            'v' => out.push('\u{b}'),
            '0' => out.push('\0'),
            '\n' | '\u{2028}' | '\u{2029}' => {}
            '\r' => {
                if chars.peek().is_some_and(|(_, c)| *c == '\n') {
                    chars.next();
                }
            }
            'x' | 'u' => {
                let n = if e == 'x' { 2 } else { 4 };
                match hex(n, &mut chars) {
                    Some(v) => match char::from_u32(v) {
                        Some(ch) => out.push(ch),
                        None => out.push_str(&inner[at..at + 2 + n]),
                    },
                    None => {
                        out.push('\\');
                        out.push(e);
                    }
                }
            }
            other => out.push(other),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn err(t: &str) -> Option<SyntaxError> {
        check(t)
    }

    #[test]
    fn the_spec_s_example_and_every_extension() {
        let example = r#"// This file is written in JSON5 syntax, naturally, but npm needs a regular
// JSON file, so compile via `npm run build`. Be sure to keep both in sync!
{
  // comments
  unquoted: 'and you can quote me on that',
  singleQuotes: 'I can use "double quotes" here',
  lineBreaks: "Look, Mom! \
No \\n's!",
  hexadecimal: 0xdecaf,
  leadingDecimalPoint: .8675309, andTrailing: 8675309.,
  positiveSign: +1,
  trailingComma: 'in objects', andIn: ['arrays',],
  "backwardsCompatible": "with JSON",
  /* block */ $id_1: -Infinity, _n: NaN, neg: -0x1F, e: 5.e-3, big: 0xffffffffffffffffffffffffffffffffffffffff,
  if: null, ключ: 'unicode key', caf\u00e9: 1, a\u0062: 2,
  esc: '\x41\v\0\/\a\ud800 \u2028',
}
"#;
        assert!(err(example).is_none(), "{:?}", err(example));
        for ok in [
            "1",
            "'s'",
            " \u{feff}\u{a0}\u{2028}\u{3000}null\u{2029} ",
            "[1, 2, 3,]",
            "{}",
            "{a:{b:[{}]},}",
            "'a\\\r\nb'",
            "'a\\\u{2028}b'",
            "'tab\there'",
            "'line \u{2028} separator'",
            "[+.5, -5., 1e10, 1E+2, 0, -0, +0x0, 0.0e-0]",
            "// c\n1 // d",
            "/* a */ [/* b */] /* c */",
            "[1,/**/]",
        ] {
            assert!(
                err(ok).is_none(),
                "{ok:?}: {:?}",
                err(ok).map(|e| e.message)
            );
        }
        let deep = "[".repeat(100_000) + &"]".repeat(100_000);
        assert!(err(&deep).is_none());
    }

    #[test]
    fn what_json5_refuses() {
        for (bad, says, token) in [
            ("{a: 01}", "leading zeros", "01"),
            ("['\\1']", "octal escape", "\\1"),
            ("['\\08']", "octal escape", "\\08"),
            ("[1,,2]", "two `,` in a row", ","),
            ("[,1]", "before the first element", ","),
            ("{,}", "before the first member", ","),
            ("{1: 'a'}", "a number is no object key", "1"),
            (
                "{a: undefined}",
                "`undefined` is not a JSON5 value",
                "undefined",
            ),
            ("{a: True}", "`True` is not a JSON5 value", "True"),
            ("{a b: 1}", "expected `:` after the key `a`", "b"),
            ("{a: 1 b: 2}", "expected `,` or `}` after a member", "b"),
            ("[1 2]", "expected `,` or `]` after an element", "2"),
            ("{a: 1]", "does not close the object", "]"),
            ("['a\nb']", "line break inside a string", "'a"),
            ("[1a]", "invalid number", "1a"),
            ("[0x]", "needs hexadecimal digits", "0x"),
            ("[.]", "decimal point", "."),
            ("[1e]", "exponent needs digits", "1e"),
            ("[1.2.3]", "invalid number", "1.2.3"),
            ("[+-1]", "with no number after it", "+"),
            ("[- 1]", "with no number after it", "-"),
            ("['\\x4']", "takes 2 hexadecimal digits", "\\x4"),
            ("['\\u12g4']", "takes 4 hexadecimal digits", "\\u12"),
            ("{a\\x: 1}", "must start a `\\uXXXX` escape", "\\x"),
            (
                "{\\u0031a: 1}",
                "not a character an unquoted key may hold",
                "\\u0031",
            ),
            ("{a: 1} x", "text after the end", "x"),
            ("{a: 1}\n{b: 2}", "text after the end", "{"),
            ("{a: }", "the key has no value", "}"),
            ("[/]", "starts no comment", "/"),
            ("// only a comment\n", "no value", ""),
            ("{a: 1,\n  ...\n}", "left out", "..."),
            ("[1, …]", "left out", "…"),
        ] {
            let e = err(bad).unwrap_or_else(|| panic!("{bad:?} accepted"));
            assert!(e.message.contains(says), "{bad:?}: {}", e.message);
            assert_eq!(
                &bad[e.span.start..e.span.end],
                token,
                "{bad:?}: {}",
                e.message
            );
            assert!(!e.at_eof, "{bad:?}");
        }
    }

    #[test]
    fn a_cut_document_ends_inside_something() {
        for (cut, says) in [
            ("{a: [1,", "ends where a value should be"),
            ("{a: [1", "inside the array"),
            ("{a: 'cut", "inside the string"),
            ("{a: 'cut\n", "inside the string"),
            (
                "{a: 1, /* cut",
                "comment `/*` opened at line 1 is never closed",
            ),
            ("{a: 1,\n  b", "before its `:`"),
            ("{a: 1,\n  b:", "ends where a value should be"),
            ("{a: 1,", "ends where an object key should be"),
            ("[-", "after a sign"),
            ("[1e", "exponent"),
            ("['\\u00", "escape"),
        ] {
            let e = err(cut).unwrap_or_else(|| panic!("{cut:?} accepted"));
            assert!(e.at_eof, "{cut:?}: {}", e.message);
            assert!(e.message.contains(says), "{cut:?}: {}", e.message);
        }
    }

    #[test]
    fn keys_decode() {
        assert_eq!(key_text("'a'"), "a");
        assert_eq!(key_text("\"a\\u0062\""), "ab");
        assert_eq!(key_text("a\\u0062"), "ab");
        assert_eq!(key_text("'it\\'s'"), "it's");
        assert_eq!(key_text("'a\\\nb'"), "ab");
        assert_eq!(key_text("'\\x41'"), "A");
    }
}
