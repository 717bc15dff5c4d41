//! The strict Python verdict: ruff's parser (error-recovering, so every
//! syntax error in the file is reported, not only the first), with messages
//! that name the bracket left open and where it was opened.

use ruff_python_ast::token::TokenKind;
use ruff_python_ast::PySourceType;
use ruff_python_parser::{
    parse_unchecked_source, InterpolatedStringErrorType, LexicalErrorType, ParseErrorType,
};
use ruff_text_size::Ranged;

use crate::analysis::{Analysis, OpenAtEof, Region, RegionKind, SyntaxError};
use crate::diagnostic::{Label, LineIndex, Span};

mod backend;
mod semantic;
pub use backend::{tells, BACKEND};

/// One syntax error, spans relative to the parsed text.
#[derive(Debug, Clone)]
pub struct PySyntaxError {
    pub span: Span,
    pub message: String,
    /// The bracket that is still open where the error occurs, if any.
    pub open_bracket: Option<(Span, char)>,
    /// Further errors on the same line, folded into this one.
    pub more: usize,
    /// The string literal is never closed.
    pub unclosed_string: bool,
}

/// Every syntax error in `text`; empty when the file is valid.
pub fn syntax_errors(text: &str, is_stub: bool) -> Vec<PySyntaxError> {
    let source_type = if is_stub {
        PySourceType::Stub
    } else {
        PySourceType::Python
    };
    let parsed = parse_unchecked_source(text, source_type);
    collect_errors(text, &parsed)
}

fn collect_errors(
    text: &str,
    parsed: &ruff_python_parser::Parsed<ruff_python_ast::ModModule>,
) -> Vec<PySyntaxError> {
    if parsed.errors().is_empty() {
        return Vec::new();
    }
    let brackets = BracketScan::new(text, parsed.tokens());
    let index = LineIndex::new(text);
    let mut out: Vec<PySyntaxError> = Vec::new();
    for err in parsed.errors() {
        let range = err.location;
        let mut span = Span::new(range.start().to_usize(), range.end().to_usize()).clamp_to(text);
        let unclosed_string = matches!(
            err.error,
            ParseErrorType::Lexical(LexicalErrorType::UnclosedStringError)
        ) || matches!(
            err.error,
            ParseErrorType::FStringError(
                InterpolatedStringErrorType::UnterminatedString
                    | InterpolatedStringErrorType::UnterminatedTripleQuotedString
            )
        );
        // A newline token is reported as the line break itself: point at
        // the end of the line instead of spanning into the next one.
        if !unclosed_string {
            if let Some(nl) = text[span.start..span.end].find(['\n', '\r']) {
                span = Span::new(span.start, span.start + nl);
            }
        }
        // "expected dedent" after an earlier error is that error's echo.
        if !out.is_empty() && err.error.to_string().contains("dedent") {
            if let Some(prev) = out.last_mut() {
                prev.more += 1;
            }
            continue;
        }
        // ruff reports a run of errors at one place for one mistake; keep the first.
        if out.iter().any(|e| e.span.start == span.start) {
            continue;
        }
        let open = brackets.open_at(span.start);
        // Once a bracket is left open, everything after it inside that
        // region is a consequence: report the bracket once.
        if open.is_some() && out.iter().any(|e| e.open_bracket == open) {
            continue;
        }
        // Several errors on one line are one mistake seen several ways, and
        // an indented line right after it is its echo: report the first.
        let line = index.line_of(span.start);
        if let Some(prev) = out.last_mut() {
            let prev_line = index.line_of(prev.span.start);
            let echo =
                line == prev_line + 1 && matches!(err.error, ParseErrorType::UnexpectedIndentation);
            if line == prev_line || echo {
                prev.more += 1;
                continue;
            }
        }
        let message = if unclosed_string {
            "string literal is never closed".to_string()
        } else {
            describe(&err.error, text, span, open, &index)
        };
        out.push(PySyntaxError {
            span,
            message,
            open_bracket: open,
            more: 0,
            unclosed_string,
        });
    }
    for e in &mut out {
        if e.more > 0 {
            let s = if e.more == 1 { "" } else { "s" };
            e.message = format!("{} (and {} more error{s} it causes)", e.message, e.more);
        }
    }
    out
}

/// Parse `text` once and tell the rules what they need: syntax errors,
/// strings and comments, and what is left open at the end of the file.
pub fn analyze(text: &str, is_stub: bool) -> Analysis {
    let (bound, first_over) = bracket_depth_bound(text.as_bytes(), CPYTHON_MAX_BRACKETS);
    if bound > PARSE_MAX_BRACKETS {
        if let Some(too_deep) = too_deep_to_parse(text, first_over) {
            return too_deep;
        }
    }
    let source_type = if is_stub {
        PySourceType::Stub
    } else {
        PySourceType::Python
    };
    let parsed = parse_unchecked_source(text, source_type);
    let mut analysis = Analysis {
        regions: regions(text, parsed.tokens()),
        ..Analysis::default()
    };
    // The exact count over the tokens, only where a limit may be reached.
    let may_nest_too_deep = bound > CPYTHON_MAX_BRACKETS || may_indent_too_deep(text.as_bytes());
    if let Some(e) = may_nest_too_deep
        .then(|| cpython_nesting_limit(text, parsed.tokens()))
        .flatten()
    {
        let index = LineIndex::new(text);
        let (ls, le) = index.line_range(text, index.line_of(e.span.start));
        analysis.rejected.push(Span::new(ls, le));
        analysis.errors.push(e);
    }
    if parsed.errors().is_empty() {
        if analysis.errors.is_empty() {
            add_semantic_errors(text, parsed.syntax(), &mut analysis);
        }
        return analysis;
    }
    let end = text.trim_end().len();
    let index = LineIndex::new(text);
    let brackets = BracketScan::new(text, parsed.tokens());
    // A bracket open until the end of the file is a cut-off end, unless
    // the code goes on after it at the opener's own indentation: then the
    // bracket was simply never closed, in the middle of the file.
    let mut closed_late: Vec<(Span, char, usize)> = Vec::new();
    for (open, c, until) in &brackets.unclosed {
        if *until >= end {
            match next_statement_after(text, &index, *open) {
                Some(at) => closed_late.push((*open, *c, at)),
                None => analysis.open_at_eof.push(OpenAtEof {
                    opener: *open,
                    what: format!("`{c}`"),
                }),
            }
        }
    }
    for mut e in collect_errors(text, &parsed) {
        if let Some((open, c, at)) = e
            .open_bracket
            .and_then(|(o, _)| closed_late.iter().find(|(x, _, _)| *x == o).copied())
        {
            let p = index.position(text, open.start);
            let word: String = text[at..]
                .chars()
                .take_while(|ch| ch.is_alphanumeric() || *ch == '_')
                .collect();
            let found = if word.is_empty() {
                text[at..]
                    .chars()
                    .next()
                    .map(|ch| ch.to_string())
                    .unwrap_or_default()
            } else {
                word
            };
            e.span = Span::new(at, at + found.len().max(1)).clamp_to(text);
            e.message = format!(
                "expected `{}` to close `{c}` opened at {}:{}, found `{found}` on the next statement",
                closer_for(c),
                p.line,
                p.column
            );
        }
        let line = index.line_of(e.span.start);
        let (ls, le) = index.line_range(text, line);
        analysis.rejected.push(Span::new(ls, le));
        let reaches_eof = e.span.end >= end;
        if e.unclosed_string && reaches_eof {
            analysis.open_at_eof.push(OpenAtEof {
                opener: Span::new(e.span.start, (e.span.start + 3).min(e.span.end)),
                what: "a string".to_string(),
            });
        }
        // "expected dedent, found end of file" follows an indentation error
        // in the middle; it is not a cut-off end.
        let at_eof = (e.span.start >= end && !e.message.contains("dedent"))
            || (e.unclosed_string && reaches_eof)
            || e.open_bracket
                .is_some_and(|(o, _)| analysis.open_at_eof.iter().any(|a| a.opener == o));
        let mut labels = Vec::new();
        if let Some((open, c)) = e.open_bracket {
            labels.push(Label {
                span: open,
                message: format!("`{c}` opened here"),
            });
        }
        analysis.errors.push(SyntaxError {
            span: e.span,
            help: python2_hint(text, e.span).map(str::to_string),
            message: e.message,
            labels,
            at_eof,
        });
    }
    analysis
}

/// What CPython's compiler rejects in a file that parses: `return` outside
/// a function, a repeated keyword argument, ... (see [`semantic`]).
fn add_semantic_errors(text: &str, module: &ruff_python_ast::ModModule, analysis: &mut Analysis) {
    let errors = semantic::semantic_errors(text, module);
    if errors.is_empty() {
        return;
    }
    let index = LineIndex::new(text);
    for e in errors {
        let (ls, le) = index.line_range(text, index.line_of(e.span.start));
        analysis.rejected.push(Span::new(ls, le));
        analysis.errors.push(SyntaxError {
            span: e.span,
            message: e.message,
            labels: Vec::new(),
            help: e.help,
            at_eof: false,
        });
    }
}

/// Nesting past which the file is not given to ruff's parser: it recurses
/// per level on a growing heap stack (10^6 levels took 2 GB), and CPython
/// rejects anything past 200 anyway.
const PARSE_MAX_BRACKETS: usize = 1000;

/// The analysis of a file whose brackets nest past [`PARSE_MAX_BRACKETS`]:
/// that one error, without parsing. Costs one byte scan for every file; the
/// exact count (ruff's lexer, flat memory) only when the scan says it may.
fn too_deep_to_parse(text: &str, first_over: Option<usize>) -> Option<Analysis> {
    let mut lexer = ruff_python_parser::lexer::lex(text, ruff_python_parser::Mode::Module);
    let (mut depth, mut deepest) = (0usize, 0usize);
    loop {
        match lexer.next_token() {
            TokenKind::EndOfFile => break,
            TokenKind::Lpar | TokenKind::Lsqb | TokenKind::Lbrace => {
                depth += 1;
                deepest = deepest.max(depth);
            }
            TokenKind::Rpar | TokenKind::Rsqb | TokenKind::Rbrace => {
                depth = depth.saturating_sub(1);
            }
            _ => {}
        }
    }
    if deepest <= PARSE_MAX_BRACKETS {
        return None;
    }
    let at = first_over.unwrap_or(0).min(text.len());
    let end = text[at..].chars().next().map_or(at, |c| at + c.len_utf8());
    let index = LineIndex::new(text);
    let (ls, le) = index.line_range(text, index.line_of(at));
    Some(Analysis {
        errors: vec![SyntaxError {
            span: Span::new(at, end),
            message: format!(
                "too many nested brackets: they nest {deepest} deep, and CPython allows {CPYTHON_MAX_BRACKETS} (the file was not parsed further)"
            ),
            labels: Vec::new(),
            help: None,
            at_eof: false,
        }],
        rejected: vec![Span::new(ls, le)],
        ..Analysis::default()
    })
}

/// Whether a line starts with more white space than [`CPYTHON_MAX_INDENT`]
/// levels need at the least (one character each).
fn may_indent_too_deep(b: &[u8]) -> bool {
    let deep = |line: &[u8]| {
        line.len() > CPYTHON_MAX_INDENT
            && line[..=CPYTHON_MAX_INDENT]
                .iter()
                .all(|c| matches!(c, b' ' | b'\t' | b'\x0c'))
    };
    deep(b) || memchr::memchr2_iter(b'\n', b'\r', b).any(|i| deep(&b[i + 1..]))
}

/// The bytes [`bracket_depth_bound`] acts on.
static INTERESTING: [bool; 256] = {
    let mut t = [false; 256];
    let mut k = 0;
    let bytes = b"#'\"([{)]}";
    while k < bytes.len() {
        t[bytes[k] as usize] = true;
        k += 1;
    }
    t
};

/// An upper bound on the bracket depth of Python source, from a byte scan
/// that skips comments and string literals but counts every bracket and
/// brace inside f-strings (their fields nest, their literal braces do not:
/// counting both only overestimates). Also the offset of the first bracket
/// past `mark` levels.
fn bracket_depth_bound(b: &[u8], mark: usize) -> (usize, Option<usize>) {
    let (mut depth, mut deepest, mut first_over) = (0usize, 0usize, None);
    let mut i = 0;
    while i < b.len() {
        // Most bytes are none of these: skip them in a tight loop.
        match b[i..].iter().position(|c| INTERESTING[*c as usize]) {
            Some(p) => i += p,
            None => break,
        }
        match b[i] {
            b'#' => {
                i = memchr::memchr2(b'\n', b'\r', &b[i..]).map_or(b.len(), |p| i + p);
                continue;
            }
            q @ (b'\'' | b'"') => {
                // Prefix letters before the quote: f/F (and t/T) strings nest.
                let mut p = i;
                let mut formatted = false;
                while p > 0 && b[p - 1].is_ascii_alphabetic() && i - p < 3 {
                    p -= 1;
                    formatted |= matches!(b[p], b'f' | b'F' | b't' | b'T');
                }
                let triple = b[i..].starts_with(&[q, q, q]);
                let close: &[u8] = if triple { &b[i..i + 3] } else { &b[i..i + 1] };
                // Fields close inside their string: never below the entry
                // depth, and back to it at the end.
                let entry = depth;
                let mut j = i + close.len();
                while j < b.len() && !b[j..].starts_with(close) {
                    if !formatted {
                        // Only the quote, a backslash or a line end matter.
                        match memchr::memchr3(q, b'\\', b'\n', &b[j..]) {
                            Some(p) => j += p,
                            None => {
                                j = b.len();
                                break;
                            }
                        }
                        if b[j..].starts_with(close) {
                            break;
                        }
                    }
                    match b[j] {
                        b'\\' => j += 1,
                        b'\n' if !triple => break,
                        b'(' | b'[' | b'{' if formatted => {
                            depth += 1;
                            deepest = deepest.max(depth);
                            if depth > mark && first_over.is_none() {
                                first_over = Some(j);
                            }
                        }
                        b')' | b']' | b'}' if formatted => {
                            depth = depth.saturating_sub(1).max(entry)
                        }
                        _ => {}
                    }
                    j += 1;
                }
                depth = entry;
                i = (j + close.len()).min(b.len());
                continue;
            }
            b'(' | b'[' | b'{' => {
                depth += 1;
                deepest = deepest.max(depth);
                if depth > mark && first_over.is_none() {
                    first_over = Some(i);
                }
            }
            b')' | b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
        i += 1;
    }
    (deepest, first_over)
}

/// CPython's tokenizer stops at 200 nested brackets ("too many nested
/// parentheses") and at 100 levels of indentation; ruff's parser has no such
/// limit, so a file past either would pass ruff and fail `python`.
const CPYTHON_MAX_BRACKETS: usize = 200;
const CPYTHON_MAX_INDENT: usize = 99;

fn cpython_nesting_limit(
    text: &str,
    tokens: &[ruff_python_ast::token::Token],
) -> Option<SyntaxError> {
    let mut brackets = 0usize;
    let mut indent = 0usize;
    let span_of = |tok: &ruff_python_ast::token::Token| {
        let r = tok.range();
        Span::new(r.start().to_usize(), r.end().to_usize()).clamp_to(text)
    };
    for tok in tokens {
        match tok.kind() {
            TokenKind::Lpar | TokenKind::Lsqb | TokenKind::Lbrace => {
                brackets += 1;
                if brackets > CPYTHON_MAX_BRACKETS {
                    let span = span_of(tok);
                    return Some(SyntaxError {
                        span,
                        message: format!(
                            "too many nested brackets: this one opens level {brackets}, and CPython allows {CPYTHON_MAX_BRACKETS}"
                        ),
                        labels: Vec::new(),
                        help: None,
                        at_eof: false,
                    });
                }
            }
            TokenKind::Rpar | TokenKind::Rsqb | TokenKind::Rbrace => {
                brackets = brackets.saturating_sub(1);
            }
            TokenKind::Indent => {
                indent += 1;
                if indent > CPYTHON_MAX_INDENT {
                    let span = span_of(tok);
                    let index = LineIndex::new(text);
                    let (ls, le) = index.line_range(text, index.line_of(span.end));
                    let body = text[ls..le].trim_start_matches([' ', '\t']);
                    let start = le - body.len();
                    return Some(SyntaxError {
                        span: Span::new(start, (start + 1).min(le).max(start)),
                        message: format!(
                            "too many levels of indentation: this line is at level {indent}, and CPython allows {CPYTHON_MAX_INDENT}"
                        ),
                        labels: Vec::new(),
                        help: None,
                        at_eof: false,
                    });
                }
            }
            TokenKind::Dedent => indent = indent.saturating_sub(1),
            _ => {}
        }
    }
    None
}

/// The start of the first line after `open`'s line that begins a new
/// statement at the opener line's indentation or less (`cx += 1` after
/// `cross = (a * b`), if any.
fn next_statement_after(text: &str, index: &LineIndex, open: Span) -> Option<usize> {
    let open_line = index.line_of(open.start);
    let (ls, le) = index.line_range(text, open_line);
    let indent = |s: &str| s.len() - s.trim_start_matches([' ', '\t']).len();
    let base = indent(&text[ls..le]);
    for line in open_line + 1..index.line_count() {
        let (s, e) = index.line_range(text, line);
        let l = &text[s..e];
        let t = l.trim_start();
        if t.is_empty() || t.starts_with('#') {
            continue;
        }
        // A continuation line closes brackets or is indented deeper.
        if indent(l) <= base && !t.starts_with([')', ']', '}']) {
            return Some(s + indent(l));
        }
    }
    None
}

/// Strings and comments, from the token stream.
fn regions(text: &str, tokens: &[ruff_python_ast::token::Token]) -> Vec<Region> {
    let mut out: Vec<Region> = Vec::new();
    let mut interp_start: Option<usize> = None;
    let mut depth = 0usize;
    for tok in tokens {
        let r = tok.range();
        let span = Span::new(r.start().to_usize(), r.end().to_usize());
        match tok.kind() {
            TokenKind::Comment => out.push(Region {
                span,
                kind: RegionKind::Comment,
            }),
            TokenKind::String => out.push(Region {
                span,
                kind: RegionKind::String,
            }),
            TokenKind::FStringStart | TokenKind::TStringStart => {
                if depth == 0 {
                    interp_start = Some(span.start);
                }
                depth += 1;
            }
            TokenKind::FStringEnd | TokenKind::TStringEnd => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    if let Some(start) = interp_start.take() {
                        out.push(Region {
                            span: Span::new(start, span.end),
                            kind: RegionKind::String,
                        });
                    }
                }
            }
            TokenKind::Unknown => {
                // An unterminated string is lexed as an unknown token.
                let t = &text[span.start..span.end];
                let body = t.trim_start_matches(|c: char| c.is_ascii_alphabetic());
                if body.starts_with(['"', '\'']) {
                    out.push(Region {
                        span,
                        kind: RegionKind::String,
                    });
                }
            }
            _ => {}
        }
    }
    out.sort_by_key(|r| r.span.start);
    out
}

/// Python 2 constructs that models still write: say what they are.
fn python2_hint(text: &str, span: Span) -> Option<&'static str> {
    let line_start = text[..span.start].rfind('\n').map_or(0, |p| p + 1);
    let line = text[line_start..].lines().next().unwrap_or("").trim_start();
    let rest = line.strip_prefix("print")?;
    let next = rest.trim_start().chars().next()?;
    (rest.starts_with([' ', '\t'])
        && next != '('
        && next != '='
        && !rest.trim_start().starts_with("=="))
    .then_some(
        "this is a Python 2 `print` statement; in Python 3 `print` is a function: `print(...)`",
    )
}

fn closer_for(open: char) -> char {
    match open {
        '(' => ')',
        '[' => ']',
        _ => '}',
    }
}

fn describe(
    err: &ParseErrorType,
    text: &str,
    span: Span,
    open: Option<(Span, char)>,
    index: &LineIndex,
) -> String {
    let found = found_text(text, span);
    let base = match err {
        ParseErrorType::ExpectedToken { expected, .. } => {
            format!("expected {}, found {found}", tidy(&expected.to_string()))
        }
        other => tidy(&other.to_string()),
    };
    let Some((open_span, c)) = open else {
        return base;
    };
    let p = index.position(text, open_span.start);
    let closer = closer_for(c);
    let later_line = index.line_of(span.start) > index.line_of(open_span.start);
    let wrong_closer = ["`)`", "`]`", "`}`"].contains(&found.as_str());
    if later_line
        || wrong_closer
        || base.contains(&format!("`{closer}`"))
        || span.start >= text.trim_end().len()
    {
        format!(
            "expected `{closer}` to close `{c}` opened at {}:{}, found {found}",
            p.line, p.column
        )
    } else {
        format!(
            "{base} (inside `{c}` opened at {}:{} that is never closed)",
            p.line, p.column
        )
    }
}

/// What is at `span`, for a message: `` `name` ``, "end of file", "newline".
fn found_text(text: &str, span: Span) -> String {
    let s = &text[span.start..span.end];
    let s = s.trim();
    if span.start >= text.trim_end().len() {
        "end of file".to_string()
    } else if s.is_empty() {
        "newline".to_string()
    } else {
        let short: String = s.chars().take(40).collect();
        format!("`{short}`")
    }
}

/// ruff writes `Expected ')', found newline`; make it read like the rest of
/// gencheck's messages: lower-case start, tokens in backticks.
fn tidy(msg: &str) -> String {
    let mut out = String::with_capacity(msg.len());
    let mut chars = msg.chars().peekable();
    let mut first = true;
    while let Some(c) = chars.next() {
        if first {
            first = false;
            // Keep acronyms and identifiers as they are.
            if c.is_ascii_uppercase() && chars.peek().is_some_and(|n| n.is_ascii_lowercase()) {
                out.push(c.to_ascii_lowercase());
                continue;
            }
        }
        if c == '\'' {
            // A quoted token: 'x' or '...' up to the next quote on the same word run.
            let rest: String = chars.clone().take_while(|c| *c != '\'').collect();
            if !rest.is_empty()
                && rest.len() <= 12
                && !rest.contains(' ')
                && chars.clone().nth(rest.chars().count()) == Some('\'')
            {
                out.push('`');
                out.push_str(&rest);
                out.push('`');
                for _ in 0..=rest.chars().count() {
                    chars.next();
                }
                continue;
            }
        }
        out.push(c);
    }
    out
}

/// Brackets that are open at a given offset, from the token stream.
struct BracketScan {
    /// Openers with no matching closer, in source order (span, char).
    unclosed: Vec<(Span, char, usize)>,
}

impl BracketScan {
    fn new(text: &str, tokens: &[ruff_python_ast::token::Token]) -> Self {
        // (span, char, index of the token after which it was closed or usize::MAX)
        let mut stack: Vec<(Span, char)> = Vec::new();
        let mut unclosed = Vec::new();
        for tok in tokens {
            let kind = tok.kind();
            let r = tok.range();
            let span = Span::new(r.start().to_usize(), r.end().to_usize());
            match kind {
                TokenKind::Lpar | TokenKind::Lsqb | TokenKind::Lbrace => {
                    let c = text[span.start..].chars().next().unwrap_or('(');
                    stack.push((span, c));
                }
                TokenKind::Rpar | TokenKind::Rsqb | TokenKind::Rbrace => {
                    let c = text[span.start..].chars().next().unwrap_or(')');
                    if let Some(pos) = stack.iter().rposition(|(_, o)| closer_for(*o) == c) {
                        // Everything opened after the match was never closed.
                        for (s, o) in stack.drain(pos..).skip(1) {
                            unclosed.push((s, o, span.start));
                        }
                    }
                }
                // A logical newline while brackets are open means the parser
                // recovered and the lexer reset its nesting: they end here.
                TokenKind::Newline if !stack.is_empty() => {
                    for (s, o) in stack.drain(..) {
                        unclosed.push((s, o, span.start));
                    }
                }
                _ => {}
            }
        }
        for (s, o) in stack {
            unclosed.push((s, o, usize::MAX));
        }
        unclosed.sort_by_key(|(s, _, _)| s.start);
        BracketScan { unclosed }
    }

    /// The innermost never-closed bracket opened before `offset` and still
    /// open there.
    fn open_at(&self, offset: usize) -> Option<(Span, char)> {
        self.unclosed
            .iter()
            .rev()
            .find(|(s, _, until)| s.start < offset && offset <= *until)
            .map(|(s, c, _)| (*s, *c))
    }
}

#[cfg(test)]
mod tests {

    #[test]
    fn bracket_bound_skips_strings_and_comments_and_overestimates_fstrings() {
        assert_eq!(bracket_depth_bound(b"x = ((1))\n", 1).0, 2);
        assert_eq!(bracket_depth_bound(b"x = '(((' + \"[[\" # {{{\n", 1).0, 0);
        assert_eq!(bracket_depth_bound(b"x = '''((\n(('''\n", 1).0, 0);
        assert_eq!(bracket_depth_bound(b"x = '\\'((('\n", 1).0, 0);
        // f-string fields nest: counted (literal braces too: a bound).
        assert_eq!(bracket_depth_bound(b"x = f'{(1)}'\n", 1).0, 2);
        assert_eq!(bracket_depth_bound(b"x = (f'}}}}' + (1))\n", 5).0, 2);
        let (deep, at) = bracket_depth_bound(b"x = (((1)))", 2);
        assert_eq!((deep, at), (3, Some(6)));
    }

    #[test]
    fn a_million_nested_brackets_are_not_parsed() {
        let depth = 1_000_000;
        let src = format!("x = {}1{}\n", "(".repeat(depth), ")".repeat(depth));
        let a = analyze(&src, false);
        assert_eq!(a.errors.len(), 1);
        assert!(
            a.errors[0].message.contains("nest 1000000 deep"),
            "{}",
            a.errors[0].message
        );
        // The 201st bracket, as CPython says (column 205 is offset 204).
        assert_eq!(a.errors[0].span.start, 204);
        // Deep, but under the parse limit: parsed, with the exact position.
        let src = format!("x = {}1{}\n", "[".repeat(500), "]".repeat(500));
        let a = analyze(&src, false);
        assert_eq!(a.errors.len(), 1);
        assert!(a.errors[0].message.contains("opens level 201"));
    }
    use super::*;

    #[test]
    fn valid_code_has_no_errors() {
        let src =
            "def f(x):\n    match x:\n        case [a, *_]:\n            return f'{a!r:>10}'\n";
        assert!(syntax_errors(src, false).is_empty());
    }

    #[test]
    fn unclosed_paren_names_the_opener() {
        let src = "x = 1\ny = foo(1,\n     2\nz = 3\n";
        let errs = syntax_errors(src, false);
        assert!(!errs.is_empty());
        assert!(
            errs[0].message.contains("`(` opened at 2:8"),
            "{}",
            errs[0].message
        );
    }

    #[test]
    fn every_error_is_reported() {
        let src = "def f(:\n    pass\n\nx = = 1\n\ndef g():\n    return 1\n\nclass C\n    pass\n";
        let errs = syntax_errors(src, false);
        let lines: Vec<_> = errs
            .iter()
            .map(|e| LineIndex::new(src).position(src, e.span.start).line)
            .collect();
        assert!(
            lines.contains(&1) && lines.contains(&4) && lines.contains(&9),
            "{lines:?}"
        );
    }
}
