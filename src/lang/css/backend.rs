//! CSS's backend: lightningcss's verdict (its error-recovering parse, every
//! error with its place), sorted into what the syntax cannot hold and what
//! is only unknown to lightningcss (see the module documentation), and the
//! scan for strings, comments, open blocks and statements.

use std::sync::{Arc, RwLock};

use lightningcss::error::{Error, ParserError, SelectorError};
use lightningcss::stylesheet::{ParserFlags, ParserOptions, StyleSheet};

use super::scan::{scan, Scanned};
use crate::analysis::{Analysis, OpenAtEof, SyntaxError};
use crate::diagnostic::Span;
use crate::lang::{Backend, FileContext};

/// The CSS backend.
pub struct Css;

pub static BACKEND: Css = Css;

/// At most this many errors are reported: after a few, a parser that
/// recovers mostly reports its own recovery.
const MAX_ERRORS: usize = 20;

/// One error of lightningcss, placed.
struct Raw {
    offset: usize,
    message: String,
    end_of_input: bool,
}

/// Whether lightningcss's error is about what it does not know rather
/// than about syntax: valid CSS that lightningcss does not model.
fn only_unknown(kind: &ParserError<'_>) -> bool {
    match kind {
        ParserError::AtRuleInvalid(_)
        | ParserError::InvalidMediaQuery
        | ParserError::UnexpectedImportRule
        | ParserError::UnexpectedNamespaceRule
        | ParserError::DeprecatedNestRule
        | ParserError::DeprecatedCssModulesValueRule
        | ParserError::InvalidNesting
        | ParserError::MaximumNestingDepth => true,
        ParserError::SelectorError(e) => matches!(
            e,
            SelectorError::UnsupportedPseudoClass(_)
                | SelectorError::UnsupportedPseudoElement(_)
                | SelectorError::InvalidPseudoClassAfterPseudoElement
                | SelectorError::InvalidPseudoClassAfterWebKitScrollbar
                | SelectorError::InvalidPseudoClassBeforeWebKitScrollbar
                | SelectorError::ExpectedNamespace(_)
                | SelectorError::AmbiguousCssModuleClass(_)
                | SelectorError::MissingNestingPrefix
                | SelectorError::MissingNestingSelector
                | SelectorError::UnexpectedSelectorAfterPseudoElement(_)
        ),
        _ => false,
    }
}

/// The byte offset of lightningcss's place: a 0-based line (CSS's line
/// breaks: `\n`, `\r\n`, `\r`, form feed) and a 1-based column counted in
/// UTF-16 units.
fn offset_of(text: &str, line: u32, column: u32) -> usize {
    let bytes = text.as_bytes();
    let mut at = 0;
    let mut l = 0;
    while l < line && at < bytes.len() {
        match bytes[at] {
            b'\n' | b'\x0c' => l += 1,
            b'\r' => {
                if bytes.get(at + 1) == Some(&b'\n') {
                    at += 1;
                }
                l += 1;
            }
            _ => {}
        }
        at += 1;
    }
    let mut units = 1;
    for (i, c) in text[at..].char_indices() {
        if units >= column as usize || matches!(c, '\n' | '\r' | '\x0c') {
            return at + i;
        }
        units += c.len_utf16();
    }
    text.len()
}

/// lightningcss's errors over `text`, placed, without those about what it
/// does not know.
fn parse_errors(text: &str) -> Vec<Raw> {
    let warnings = Arc::new(RwLock::new(Vec::new()));
    let options = ParserOptions {
        error_recovery: true,
        warnings: Some(warnings.clone()),
        flags: ParserFlags::NESTING | ParserFlags::CUSTOM_MEDIA,
        ..ParserOptions::default()
    };
    let mut errors: Vec<Error<ParserError<'_>>> = Vec::new();
    match StyleSheet::parse(text, options) {
        Ok(sheet) => drop(sheet),
        Err(e) => errors.push(e),
    }
    let recovered = match Arc::try_unwrap(warnings) {
        Ok(lock) => lock.into_inner().unwrap_or_default(),
        Err(shared) => shared.read().map(|w| w.clone()).unwrap_or_default(),
    };
    errors.extend(recovered);
    errors
        .into_iter()
        .filter(|e| !only_unknown(&e.kind))
        .map(|e| Raw {
            offset: e
                .loc
                .as_ref()
                .map_or(text.len(), |l| offset_of(text, l.line, l.column)),
            end_of_input: matches!(e.kind, ParserError::EndOfInput),
            message: message(&e.kind),
        })
        .collect()
}

/// lightningcss's message, in the words of the other backends.
fn message(kind: &ParserError<'_>) -> String {
    match kind {
        ParserError::EndOfInput => "unexpected end of file".to_string(),
        ParserError::UnexpectedToken(t) => format!("unexpected {}", token(t)),
        ParserError::SelectorError(e) => {
            let m = e.to_string();
            let mut c = m.chars();
            let m: String = c
                .next()
                .map_or(m.clone(), |f| f.to_lowercase().chain(c).collect());
            format!("invalid selector: {m}")
        }
        other => {
            let m = other.to_string();
            let mut c = m.chars();
            c.next()
                .map_or(m.clone(), |f| f.to_lowercase().chain(c).collect())
        }
    }
}

fn token(t: &lightningcss::properties::custom::Token<'_>) -> String {
    use lightningcss::properties::custom::Token as T;
    match t {
        T::Ident(s) => format!("`{}`", s.as_ref()),
        T::Delim(c) => format!("`{c}`"),
        T::Colon => "`:`".to_string(),
        T::Semicolon => "`;`".to_string(),
        T::Comma => "`,`".to_string(),
        T::CurlyBracketBlock => "`{`".to_string(),
        T::CloseCurlyBracket => "`}`".to_string(),
        T::CloseParenthesis => "`)`".to_string(),
        T::CloseSquareBracket => "`]`".to_string(),
        T::BadString(_) => "a string broken by a new line".to_string(),
        T::BadUrl(_) => "a malformed `url(...)`".to_string(),
        T::String(_) => "a string".to_string(),
        T::WhiteSpace(_) => "white space".to_string(),
        T::ParenthesisBlock => "`(`".to_string(),
        T::SquareBracketBlock => "`[`".to_string(),
        T::Number { .. } | T::Dimension { .. } | T::Percentage { .. } => "a number".to_string(),
        T::AtKeyword(s) => format!("`@{}`", s.as_ref()),
        T::Hash(s) | T::IDHash(s) => format!("`#{}`", s.as_ref()),
        T::Function(s) => format!("`{}(`", s.as_ref()),
        other => format!("{other:?}"),
    }
}

/// A declaration whose name is not followed by `:` (`color red;`), named.
fn missing_colon(text: &str, statement: Option<&super::scan::Statement>) -> Option<String> {
    let st = statement?;
    let s = text[st.span.start..st.span.end].trim_end_matches([';', '}', ' ', '\n', '\t', '\r']);
    let name_end = s.find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))?;
    let (name, rest) = s.split_at(name_end);
    let rest_trim = rest.trim_start();
    let inside_block = text[..st.span.start]
        .rfind(['{', '}'])
        .is_some_and(|i| text.as_bytes()[i] == b'{');
    (inside_block
        && !name.is_empty()
        && rest.len() > rest_trim.len()
        && !rest_trim.is_empty()
        && !rest_trim.starts_with([':', '{', ','])
        && !s.contains('{'))
    .then(|| format!("`{name}` has no `:` before its value: a declaration is `property: value;`"))
}

/// A statement the old IE hacks write: `*zoom: 1;` (a name after `*`),
/// `color: red !ie;`. Browsers drop them as the hacks intend.
fn ie_hack(statement: &str) -> bool {
    let s = statement.trim_end_matches([';', ' ', '\t', '\n', '\r', '}']);
    let star = s.strip_prefix('*').is_some_and(|rest| {
        let name_end = rest
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
            .unwrap_or(rest.len());
        name_end > 0 && rest[name_end..].trim_start().starts_with(':')
    });
    star || s.to_ascii_lowercase().ends_with("!ie")
}

impl Css {
    fn verdict(&self, text: &str, scanned: &Scanned, analysis: &mut Analysis) {
        let end = text.trim_end().len();
        // The first string or comment still open at the end: what follows
        // it is the cut, not an error of its own.
        let cut_at = scanned.open_region.map(|(at, _)| at);
        let mut seen: Vec<usize> = Vec::new();
        for raw in parse_errors(text) {
            if analysis.errors.len() >= MAX_ERRORS {
                break;
            }
            let offset = raw.offset.min(text.len());
            let statement = scanned.statement_at(offset.min(end.saturating_sub(1)));
            // The last declaration of a block ends where the block does: an
            // error at its `}` may be about it (`.cf{*zoom:1}`).
            let hack = statement
                .into_iter()
                .chain(scanned.statements.iter().filter(|s| s.span.end == offset))
                .any(|st| ie_hack(&text[st.span.start..st.span.end]));
            if hack {
                continue;
            }
            let rejected = statement.map_or(Span::new(offset, end.max(offset)), |s| s.span);
            if seen.contains(&rejected.start) {
                continue;
            }
            seen.push(rejected.start);
            // (lightningcss's "end of input" is often the end of a block or
            // of brackets, not of the file.)
            let at_eof = offset >= end
                || cut_at.is_some_and(|c| offset >= c)
                || statement.is_some_and(|s| s.unterminated);
            let span = if offset >= text.len() {
                Span::new(end.saturating_sub(1), end)
            } else {
                // lightningcss places an unexpected token at the blank before it.
                let at = offset
                    + (text[offset..].len()
                        - text[offset..]
                            .trim_start_matches([' ', '\t', '\n', '\r', '\x0c'])
                            .len());
                let at = if at >= end { offset } else { at };
                let len = text[at..].chars().next().map_or(0, char::len_utf8);
                Span::new(at, at + len)
            };
            let broken = scanned
                .broken_strings
                .iter()
                .any(|b| b.start <= offset && offset <= b.end);
            let message = match (raw.end_of_input, at_eof) {
                (true, true) => match statement {
                    Some(s) if s.unterminated && !text[s.span.start..].contains('{') => {
                        "unexpected end of file: a selector or at-rule without its block"
                            .to_string()
                    }
                    _ => "unexpected end of file".to_string(),
                },
                (true, false) => "incomplete: the block or brackets end before it does".to_string(),
                _ if scanned.stray_closers.contains(&span.start) => {
                    "unexpected `}`: it closes no block".to_string()
                }
                _ => missing_colon(text, statement).unwrap_or(raw.message),
            };
            analysis.errors.push(SyntaxError {
                span: span.clamp_to(text),
                message,
                labels: Vec::new(),
                help: broken.then(|| {
                    "a CSS string cannot span lines: close it on its line, or end the line with `\\`"
                        .to_string()
                }),
                at_eof,
            });
            analysis.rejected.push(rejected);
        }
        for &at in &scanned.stray_closers {
            if analysis
                .rejected
                .iter()
                .any(|r| r.start <= at && at < r.end)
            {
                continue;
            }
            analysis.errors.push(SyntaxError {
                span: Span::new(at, at + 1),
                message: "unexpected `}`: it closes no block".to_string(),
                labels: Vec::new(),
                help: None,
                at_eof: false,
            });
            analysis.rejected.push(crate::lines::line_around(text, at));
        }
        // lightningcss, like browsers, closes what is open at the end.
        if !scanned.open.is_empty() || scanned.open_region.is_some() {
            let what = match (scanned.open_region, scanned.open.last()) {
                (Some((_, what)), _) => what.to_string(),
                (None, _) => "a block `{`".to_string(),
            };
            analysis.errors.push(SyntaxError {
                span: Span::new(end.saturating_sub(1), end).clamp_to(text),
                message: format!("unexpected end of file inside {what}"),
                labels: Vec::new(),
                help: None,
                at_eof: true,
            });
            let from = scanned
                .open
                .first()
                .map(|o| o.0)
                .into_iter()
                .chain(scanned.open_region.map(|r| r.0))
                .min()
                .unwrap_or(0);
            analysis.rejected.push(Span::new(
                crate::lines::line_around(text, from).start,
                text.len(),
            ));
        }
    }
}

impl Backend for Css {
    fn analyze(&self, text: &str, _ctx: &FileContext<'_>) -> Analysis {
        let scanned = scan(text);
        let mut analysis = Analysis::default();
        self.verdict(text, &scanned, &mut analysis);
        let mut open: Vec<OpenAtEof> = Vec::new();
        let block = |&(at, _): &(usize, u8)| OpenAtEof {
            opener: Span::new(at, at + 1),
            what: "the block `{`".to_string(),
        };
        if let Some(first) = scanned.open.first() {
            open.push(block(first));
        }
        if scanned.open.len() > 1 {
            open.push(block(scanned.open.last().unwrap()));
        }
        if let Some((at, what)) = scanned.open_region {
            open.push(OpenAtEof {
                opener: Span::new(at, at + 1),
                what: what.to_string(),
            });
        }
        analysis.open_at_eof = open;
        analysis.regions = scanned.regions;
        analysis.rejected.sort_by_key(|r| r.start);
        analysis.rejected.dedup_by_key(|r| r.start);
        analysis
    }

    /// The share of the text in statements lightningcss rejects (0.0: the
    /// whole text is a stylesheet).
    fn rejection(&self, text: &str) -> (f32, String) {
        let analysis = self.analyze(text, &FileContext::default());
        if analysis.errors.is_empty() {
            return (0.0, "the whole file parses as a stylesheet".to_string());
        }
        let mut spans = analysis.rejected.clone();
        spans.sort_by_key(|s| s.start);
        let mut covered = 0;
        let mut reach = 0;
        for s in spans {
            let from = s.start.max(reach);
            if s.end > from {
                covered += s.end - from;
                reach = s.end;
            }
        }
        let total = text.trim_end().len().max(1);
        let share = (covered as f32 / total as f32).clamp(0.01, 1.0);
        (
            share,
            format!(
                "the CSS parser rejects {:.0}% of it",
                (share * 100.0).min(100.0)
            ),
        )
    }

    /// A stylesheet lightningcss accepts is no other language's file.
    fn quick_tell(&self, _text: &str) -> bool {
        false
    }

    fn is_keyword(&self, word: &str) -> bool {
        matches!(
            word,
            "important" | "auto" | "none" | "inherit" | "initial" | "unset"
        )
    }

    /// A selector list, a property or a value cut after its separator.
    fn dangling_end(&self, body: &str) -> Option<String> {
        match body.as_bytes().last()? {
            b',' => Some("`,` (a selector or value list cut after its comma)".to_string()),
            b':' => Some("`:` (a declaration without its value)".to_string()),
            b'>' | b'+' | b'~' => Some("a selector combinator".to_string()),
            _ => None,
        }
    }

    fn queries(&self) -> &'static [(&'static str, &'static str)] {
        &[(
            "definitions",
            include_str!("../../../grammars/css/queries/definitions.scm"),
        )]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn analyze(t: &str) -> Analysis {
        BACKEND.analyze(t, &FileContext::default())
    }

    fn errors(t: &str) -> Vec<String> {
        analyze(t).errors.into_iter().map(|e| e.message).collect()
    }

    #[test]
    fn modern_and_hacked_css_is_valid() {
        for t in [
            ".card { color: red; &:hover { color: blue; } .x & { margin: 0 } > p { a: b } }",
            "@layer base, components;\n@layer base { html { color: red } }\n@container sidebar (min-width: 400px) { .c { d: e } }",
            "@property --x { syntax: \"<length>\"; inherits: false; initial-value: 0px; }",
            ":root { --foo: { a: b }; --bar: [1,2]; --empty:; --json: {\"a\": 1}; }",
            ".a:has(> img) { color: color-mix(in srgb, red 50%, blue); }\n@media (400px <= width <= 700px) { .b { c: d } }",
            "@tailwind base;\n@foo bar { baz { q: w } }\n.a { @apply font-bold; }",
            ".a { foo-bar: 12 13 garbage(); color: notacolor; width: 10 px; }",
            "@media screen and (min-width:0\\0) { a { b: c } }\n@media \\0screen { x { y: z } }",
            "a:focus-ring, a::-webkit-scrollbar, a:-moz-any-link, ::-ms-clear { x: y }",
            ".c { *zoom: 1; *display: inline; _height: 1px; color: red\\9; color: red !ie; }",
            ".cf{*zoom:1}.cl{clear:left}",
            ".btn[data-size=\"sm\"] { padding: 0 }",
            ".a { filter: progid:DXImageTransform.Microsoft.gradient(startColorstr='#80000000', endColorstr='#80000000'); }",
            ".sm\\:flex { display: flex } .w-1\\/2 { width: 50% }",
            ".a { color: red; }\n@import \"late.css\";\n",
            "@font-face { font-family: X; src: url(x.woff2) format(\"woff2\"); }",
            ".a { background: url(data:image/png;base64,iVBO//8=) }",
            "",
            "/* only a comment */\n",
        ] {
            let e = errors(t);
            assert!(e.is_empty(), "{t}\n{e:?}");
        }
    }

    #[test]
    fn syntax_errors() {
        for (t, want) in [
            (".a { color red; margin: 0 }", "`color` has no `:`"),
            (".a..b { color: red }", "invalid selector"),
            ("div > > p { color: red }", "invalid selector"),
            (".a { color: red } }\n.b { color: blue }", "closes no block"),
            (
                ".a {\n  background-color #fff;\n}\n",
                "`background-color` has no `:`",
            ),
            ("color: red;\n.a { b: c }", "invalid selector"),
            (".a { color: red !importnt; }", "unexpected `!`"),
            (".a { content: \"abc\n}\n", "a string broken by a new line"),
        ] {
            let a = analyze(t);
            assert!(!a.errors.is_empty(), "{t}");
            assert!(a.errors[0].message.contains(want), "{t}: {:?}", a.errors);
            assert!(!a.errors[0].at_eof, "{t}");
            assert!(!a.rejected.is_empty());
        }
    }

    #[test]
    fn errors_point_at_their_token_and_statement() {
        let t = ".ok { margin: 0; }\n.b {\n  padding: 0;\n  color red;\n}\n";
        let a = analyze(t);
        assert_eq!(a.errors.len(), 1, "{:?}", a.errors);
        assert_eq!(&t[a.errors[0].span.start..a.errors[0].span.end], "r");
        assert_eq!(&t[a.rejected[0].start..a.rejected[0].end], "color red;");
        // Columns count UTF-16 units after a wide character.
        let t = ".é𝄞 { content: \"𝄞\"; color red; }";
        let a = analyze(t);
        assert_eq!(&t[a.errors[0].span.start..a.errors[0].span.end], "r");
    }

    #[test]
    fn open_at_the_end() {
        let a = analyze(".a { color: red;\n  .b { margin: 0");
        assert_eq!(a.open_at_eof.len(), 2);
        assert!(a.errors.iter().all(|e| e.at_eof), "{:?}", a.errors);
        let a = analyze(".a { content: \"abc");
        assert!(a.open_at_eof.iter().any(|o| o.what == "a string"));
        let a = analyze(".a { color: red; }\n/* the rest");
        assert!(a.open_at_eof.iter().any(|o| o.what.contains("comment")));
        // A selector with no block at the end.
        let a = analyze(".a { color: red; }\n.b, .c");
        assert!(a.errors.iter().any(|e| e.at_eof), "{:?}", a.errors);
        assert!(
            a.errors[0].message.contains("without its block"),
            "{:?}",
            a.errors
        );
        // The end of brackets is not the end of the file.
        let a = analyze(".btn[data-size=] { padding: 0 }\n.b { c: d }\n");
        assert!(!a.errors.is_empty());
        assert!(a.errors.iter().all(|e| !e.at_eof), "{:?}", a.errors);
    }

    #[test]
    fn rejection_shares() {
        assert_eq!(BACKEND.rejection(".a { b: c }").0, 0.0);
        let js = "import x from './x';\nconst a = 1;\nfunction f(b) {\n  return b + a;\n}\nexport default f;\n";
        assert!(BACKEND.rejection(js).0 > 0.5, "{:?}", BACKEND.rejection(js));
    }

    #[test]
    fn bad_input_never_panics() {
        for t in [
            "\u{0}",
            "}",
            "{",
            "\\",
            "/*",
            "\"",
            "url(",
            "@",
            "@media",
            "a{b:c}}}}",
            "\r\r\r}",
            "\u{c}}",
            ":root{--x:{",
            "@import",
            "[",
            "(",
            ")",
            "]",
            "é(",
            "aé(",
            "\u{e9}url(",
            ".a{b:\"\\é",
            "\\é{",
            ".a{}é",
            ".a{}\r\n\u{c}é{b:c é",
        ] {
            let _ = analyze(t);
            let _ = BACKEND.rejection(t);
        }
    }
}
