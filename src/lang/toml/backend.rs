//! TOML's backend: the verdict of the `toml` crate's parser (every error it
//! recovers past, with its span), and a pass over `toml_parser`'s tokens for
//! the strings, comments, table headers and what is open at the end.

use ::toml::de::DeTable;
use toml_parser::lexer::TokenKind;
use toml_parser::Source;

use crate::analysis::{Analysis, DuplicateKey, OpenAtEof, Region, RegionKind, SyntaxError};
use crate::diagnostic::{Label, Severity, Span};
use crate::lang::{Backend, FileContext};

/// The TOML backend.
pub struct Toml;

pub static BACKEND: Toml = Toml;

/// At most this many errors are reported: after a few, a parser that
/// recovers mostly reports its own recovery.
const MAX_ERRORS: usize = 20;

/// A table header: `[name]` or `[[name]]`.
struct Header {
    /// From the first `[` to the end of its line.
    span: Span,
    /// The name with blanks around dots removed (`tool.ruff`).
    name: String,
    array: bool,
}

/// What the tokens say.
#[derive(Default)]
struct Lexed {
    regions: Vec<Region>,
    /// Open `[` and `{`: offset and byte, outermost first.
    open: Vec<(usize, u8)>,
    /// A string still open at the end: its start and what it is.
    open_string: Option<(usize, &'static str)>,
    headers: Vec<Header>,
    /// Lines that are only `...` (or `…`) outside strings.
    elisions: Vec<Span>,
}

/// Whether a string token is closed by its own delimiter.
fn closed(raw: &str, kind: TokenKind) -> bool {
    let (delim, min) = match kind {
        TokenKind::BasicString => ("\"", 2),
        TokenKind::LiteralString => ("'", 2),
        TokenKind::MlBasicString => ("\"\"\"", 6),
        TokenKind::MlLiteralString => ("'''", 6),
        _ => return true,
    };
    if raw.len() < min || !raw.ends_with(delim) {
        return false;
    }
    if matches!(kind, TokenKind::BasicString | TokenKind::MlBasicString) {
        // `"a\"` ends in an escaped quote.
        let body = &raw[..raw.len() - 1];
        let slashes = body.bytes().rev().take_while(|&b| b == b'\\').count();
        return slashes % 2 == 0;
    }
    true
}

fn string_name(kind: TokenKind) -> &'static str {
    match kind {
        TokenKind::MlBasicString => "a multi-line string `\"\"\"`",
        TokenKind::MlLiteralString => "a multi-line literal string `'''`",
        TokenKind::LiteralString => "a literal string `'`",
        _ => "a string",
    }
}

fn lex(text: &str) -> Lexed {
    let source = Source::new(text);
    let mut out = Lexed::default();
    let mut line_start = true;
    let mut last_significant: Option<(TokenKind, usize, usize)> = None;
    for token in source.lex() {
        let kind = token.kind();
        let span = token.span();
        let (start, end) = (span.start(), span.end());
        if line_start && out.open.is_empty() && matches!(kind, TokenKind::Dot | TokenKind::Atom) {
            let line_end = text[start..].find('\n').map_or(text.len(), |i| start + i);
            let rest = text[start..line_end].trim();
            if rest == "..." || rest == "\u{2026}" {
                out.elisions.push(Span::new(start, start + rest.len()));
            }
        }
        match kind {
            TokenKind::Eof => break,
            TokenKind::Whitespace => continue,
            TokenKind::Newline => {
                line_start = true;
                continue;
            }
            TokenKind::Comment => {
                out.regions.push(Region {
                    span: Span::new(start, end),
                    kind: RegionKind::Comment,
                });
                continue;
            }
            TokenKind::BasicString
            | TokenKind::LiteralString
            | TokenKind::MlBasicString
            | TokenKind::MlLiteralString => {
                out.regions.push(Region {
                    span: Span::new(start, end),
                    kind: RegionKind::String,
                });
            }
            TokenKind::LeftSquareBracket | TokenKind::LeftCurlyBracket => {
                if line_start && kind == TokenKind::LeftSquareBracket && out.open.is_empty() {
                    let line_end = text[start..].find('\n').map_or(text.len(), |i| start + i);
                    let line = &text[start..line_end];
                    let line = line.split(" #").next().unwrap_or(line).trim_end();
                    let array = line.starts_with("[[");
                    let inner = line.trim_start_matches('[').trim_end_matches(']');
                    let name: String = inner
                        .split('.')
                        .map(str::trim)
                        .collect::<Vec<_>>()
                        .join(".");
                    out.headers.push(Header {
                        span: Span::new(start, line_end),
                        name,
                        array,
                    });
                }
                out.open.push((start, kind as u8));
            }
            TokenKind::RightSquareBracket | TokenKind::RightCurlyBracket => {
                let want = if kind == TokenKind::RightSquareBracket {
                    b'['
                } else {
                    b'{'
                };
                if let Some(i) = out.open.iter().rposition(|&(_, b)| b == want) {
                    out.open.truncate(i);
                }
            }
            _ => {}
        }
        line_start = false;
        last_significant = Some((kind, start, end));
    }
    if let Some((kind, start, end)) = last_significant {
        if !closed(&text[start..end], kind) && text[end..].trim().is_empty() {
            out.open_string = Some((start, string_name(kind)));
        }
    }
    out
}

/// Where `key` is first assigned between `from` and `before`: a line (or
/// inline table member) that starts with it and goes on with `=` or `.`.
fn first_assignment(text: &str, from: usize, before: usize, key: &str) -> Option<Span> {
    let hay = &text[from..before];
    let mut at = 0;
    while let Some(i) = hay[at..].find(key) {
        let pos = at + i;
        let prev_ok = hay[..pos]
            .chars()
            .next_back()
            .is_none_or(|c| c.is_whitespace() || c == '{' || c == ',' || c == '.');
        let after = hay[pos + key.len()..].trim_start_matches([' ', '\t']);
        if prev_ok && (after.starts_with('=') || after.starts_with('.')) {
            return Some(Span::new(from + pos, from + pos + key.len()));
        }
        at = pos + key.len().max(1);
    }
    None
}

/// The value of a `key = value` line when the error is in it and it is a
/// bare word that is no number, boolean or date (`level = info`,
/// `version = 1.2.3`): what models write for a string.
fn bare_value(text: &str, line: Span, error: Span) -> Option<&str> {
    let line_text = &text[line.start..line.end];
    let eq = line_text.find('=')?;
    let value_start = line.start + eq + 1;
    if error.start < value_start {
        return None;
    }
    let value = text[value_start..line.end].split(" #").next()?.trim();
    let plain = !value.is_empty()
        && value
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-' | b'_' | b'/' | b'+'))
        && value.bytes().any(|b| b.is_ascii_alphabetic() || b == b'.');
    let key = line_text[..eq].trim();
    (plain && super::bare_key(key.trim_matches(['"', '\'']))).then_some(value)
}

fn unquote(key: &str) -> &str {
    key.trim()
        .trim_start_matches(['"', '\''])
        .trim_end_matches(['"', '\''])
}

impl Toml {
    fn verdict(&self, text: &str, lexed: &Lexed, analysis: &mut Analysis) {
        let (_, errors) = DeTable::parse_recoverable(text);
        let end = text.trim_end().len();
        let mut seen_lines = Vec::new();
        for error in errors {
            if analysis.errors.len() >= MAX_ERRORS {
                break;
            }
            let raw = error.span().unwrap_or(end..end);
            let span = Span::new(raw.start.min(text.len()), raw.end.min(text.len())).clamp_to(text);
            let line = crate::lines::line_around(text, span.start);
            let message = error.message().trim().replace('\n', "; ");
            let message = message
                .strip_suffix(", expected nothing")
                .map_or(message.clone(), str::to_string);
            if message.starts_with("duplicate key") {
                self.duplicate(text, lexed, span, analysis);
                continue;
            }
            if seen_lines.contains(&line.start) {
                continue;
            }
            seen_lines.push(line.start);
            let on_elision = lexed
                .elisions
                .iter()
                .any(|e| crate::lines::line_around(text, e.start).start == line.start);
            let at_eof = !on_elision && (span.start >= end || message.contains("end-of-input"));
            let (message, help) = match bare_value(text, line, span) {
                Some(value) => (
                    format!(
                        "`{value}` is not a TOML value: a string must be quoted (numbers, booleans, dates and times are the only bare values)"
                    ),
                    Some(format!("write it as \"{value}\"")),
                ),
                None => (message, None),
            };
            analysis.errors.push(SyntaxError {
                span: if span.is_empty() && span.start < text.len() {
                    Span::new(span.start, span.start + 1).clamp_to(text)
                } else {
                    span
                },
                message,
                labels: Vec::new(),
                help,
                at_eof,
            });
            analysis.rejected.push(line);
        }
    }

    /// A "duplicate key" error: a table header that redefines a table is a
    /// syntax error; a key assigned twice is a `duplicate-key`.
    fn duplicate(&self, text: &str, lexed: &Lexed, span: Span, analysis: &mut Analysis) {
        let header = lexed.headers.iter().position(|h| {
            h.span.start <= span.start && span.start < h.span.end.max(h.span.start + 1)
        });
        if let Some(i) = header {
            let h = &lexed.headers[i];
            let first = lexed.headers[..i]
                .iter()
                .find(|p| p.name == h.name && !p.array);
            let (message, labels) = match first {
                Some(p) => (
                    format!("table `[{}]` is defined twice", h.name),
                    vec![Label {
                        span: Span::new(p.span.start, p.span.start + p.name.len() + 2)
                            .clamp_to(text),
                        message: "first defined here".to_string(),
                    }],
                ),
                None => (
                    format!(
                        "`[{}]` redefines a table or key that an earlier line already defines",
                        h.name
                    ),
                    Vec::new(),
                ),
            };
            let line = crate::lines::line_around(text, h.span.start);
            analysis.errors.push(SyntaxError {
                span: Span::new(h.span.start, h.span.start + h.name.len() + 2).clamp_to(text),
                message,
                labels,
                help: Some("merge the two tables into one".to_string()),
                at_eof: false,
            });
            analysis.rejected.push(line);
            return;
        }
        // The table the key is in starts at the last header before it.
        let from = lexed
            .headers
            .iter()
            .rev()
            .find(|h| h.span.start < span.start)
            .map_or(0, |h| h.span.end.min(span.start));
        let written = &text[span.start..span.end];
        let key = unquote(written.split('.').next().unwrap_or(written));
        let first = first_assignment(text, from, span.start, written.trim())
            .or_else(|| first_assignment(text, from, span.start, key))
            .unwrap_or(span);
        analysis.duplicate_keys.push(DuplicateKey {
            key: unquote(written).to_string(),
            span,
            first,
            container: "table",
            // TOML: "Defining a key multiple times is invalid."
            severity: Severity::Error,
        });
        analysis
            .rejected
            .push(crate::lines::line_around(text, span.start));
    }
}

impl Backend for Toml {
    fn analyze(&self, text: &str, _ctx: &FileContext<'_>) -> Analysis {
        let lexed = lex(text);
        let mut analysis = Analysis::default();
        self.verdict(text, &lexed, &mut analysis);
        analysis.elisions = lexed.elisions.clone();
        if !analysis.errors.is_empty() {
            let mut open = Vec::new();
            let bracket = |&(at, b): &(usize, u8)| OpenAtEof {
                opener: Span::new(at, at + 1),
                what: if b == b'{' {
                    "the inline table `{`".to_string()
                } else {
                    "`[`".to_string()
                },
            };
            if let Some(first) = lexed.open.first() {
                open.push(bracket(first));
            }
            if lexed.open.len() > 1 {
                open.push(bracket(lexed.open.last().unwrap()));
            }
            if let Some((at, what)) = lexed.open_string {
                open.push(OpenAtEof {
                    opener: Span::new(at, at + 1),
                    what: what.to_string(),
                });
            }
            analysis.open_at_eof = open;
        }
        analysis.regions = lexed.regions;
        analysis.rejected.sort_by_key(|r| r.start);
        analysis.rejected.dedup_by_key(|r| r.start);
        analysis
    }

    /// The share of non-blank lines with an error (0.0: the whole text is
    /// a TOML document).
    fn rejection(&self, text: &str) -> (f32, String) {
        let (_, errors) = DeTable::parse_recoverable(text);
        if errors.is_empty() {
            return (0.0, "the whole file parses as a TOML document".to_string());
        }
        let line_of = |e: &toml::de::Error, t: &str| {
            e.span()
                .map(|s| crate::lines::line_around(t, s.start.min(t.len())))
        };
        let mut lines: Vec<usize> = errors
            .iter()
            .filter_map(|e| line_of(e, text))
            .map(|l| l.start)
            .collect();
        // The parser's recovery may give up after a line it cannot read
        // (`; a comment` swallows the rest): with the rejected lines blanked
        // out, the lines after them are read again, a few times over.
        let mut blanked = text.to_string();
        for _ in 0..8 {
            let last = lines.iter().copied().max().unwrap_or(0);
            for &start in &lines {
                let l = crate::lines::line_around(&blanked, start);
                blanked.replace_range(l.start..l.end, &" ".repeat(l.end - l.start));
            }
            let (_, again) = DeTable::parse_recoverable(&blanked);
            let more: Vec<usize> = again
                .iter()
                .filter_map(|e| line_of(e, &blanked))
                .map(|l| l.start)
                .filter(|s| *s > last && !lines.contains(s))
                .collect();
            if more.is_empty() {
                break;
            }
            lines.extend(more);
        }
        lines.sort_unstable();
        lines.dedup();
        let total = text.lines().filter(|l| !l.trim().is_empty()).count().max(1);
        let share = (lines.len().max(1) as f32 / total as f32).min(1.0);
        (
            share,
            format!("TOML rejects {} of its {total} lines", lines.len().max(1)),
        )
    }

    /// A valid TOML file starting with `[package]` is not JSON or an array.
    fn quick_tell(&self, _text: &str) -> bool {
        false
    }

    fn is_keyword(&self, word: &str) -> bool {
        matches!(word, "true" | "false" | "inf" | "nan")
    }

    /// A key's `=` cannot end a document.
    fn dangling_end(&self, body: &str) -> Option<String> {
        body.ends_with('=')
            .then(|| "`=` (a key without its value)".to_string())
    }

    /// `# ...` alone among lines of code stands for what was left out.
    fn ellipsis_comment_elides(&self) -> bool {
        true
    }

    fn queries(&self) -> &'static [(&'static str, &'static str)] {
        &[(
            "definitions",
            include_str!("../../../grammars/toml/queries/definitions.scm"),
        )]
    }

    /// TOML is UTF-8 by definition.
    fn encoding(&self) -> crate::lang::Encoding {
        crate::lang::Encoding {
            utf16: false,
            ..crate::lang::Encoding::default()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn analyze(t: &str) -> Analysis {
        BACKEND.analyze(t, &FileContext::default())
    }

    #[test]
    fn valid_toml_has_no_error() {
        let t = "[package]\nname = \"a\"\nversion = \"0.1.0\"\n\n[dependencies]\nserde = { version = \"1\", features = [\"derive\"] }\n\n[[bin]]\nname = \"x\"\n\n[[bin]]\nname = \"y\"\n";
        let a = analyze(t);
        assert!(a.errors.is_empty(), "{:?}", a.errors);
        assert!(a.duplicate_keys.is_empty());
    }

    #[test]
    fn duplicate_key_and_redefined_table() {
        let t = "[package]\nname = \"a\"\nversion = \"1\"\nversion = \"2\"\n\n[dependencies]\nx = \"1\"\n\n[package]\nedition = \"2021\"\n";
        let a = analyze(t);
        assert_eq!(a.duplicate_keys.len(), 1, "{:?}", a.duplicate_keys);
        let d = &a.duplicate_keys[0];
        assert_eq!(d.key, "version");
        assert_eq!(&t[d.first.start..d.first.end], "version");
        assert!(d.first.start < d.span.start);
        assert_eq!(a.errors.len(), 1, "{:?}", a.errors);
        assert!(a.errors[0].message.contains("`[package]` is defined twice"));
        assert_eq!(a.errors[0].labels[0].span.start, 0);
    }

    #[test]
    fn open_at_the_end() {
        let a = analyze("[dependencies]\nfeatures = [\"a\",\n  \"b\",\n");
        assert!(!a.errors.is_empty());
        assert_eq!(a.open_at_eof.len(), 1);
        assert_eq!(a.open_at_eof[0].opener.start, 26);
        let a = analyze("name = \"abc");
        assert!(a.open_at_eof.iter().any(|o| o.what == "a string"));
        let a = analyze("doc = \"\"\"\nline one\n");
        assert!(a.open_at_eof[0].what.contains("multi-line"));
    }
}
