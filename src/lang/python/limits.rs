//! CPython's nesting limits, which ruff's parser lacks, and the depth past
//! which a file is not parsed at all.

use ruff_python_ast::token::TokenKind;
use ruff_text_size::Ranged;

use crate::analysis::{Analysis, SyntaxError};
use crate::diagnostic::{LineIndex, Span};

/// Nesting past which the file is not given to ruff's parser: it recurses
/// per level on a growing heap stack (10^6 levels took 2 GB), and CPython
/// rejects anything past 200 anyway.
pub(crate) const PARSE_MAX_BRACKETS: usize = 1000;

/// The analysis of a file whose brackets nest past [`PARSE_MAX_BRACKETS`]:
/// that one error, without parsing. Costs one byte scan for every file; the
/// exact count (ruff's lexer, flat memory) only when the scan says it may.
pub(crate) fn too_deep_to_parse(text: &str, first_over: Option<usize>) -> Option<Analysis> {
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
pub(crate) fn may_indent_too_deep(b: &[u8]) -> bool {
    let deep = |line: &[u8]| {
        line.len() > CPYTHON_MAX_INDENT
            && line[..=CPYTHON_MAX_INDENT]
                .iter()
                .all(|c| matches!(c, b' ' | b'\t' | b'\x0c'))
    };
    deep(b) || memchr::memchr2_iter(b'\n', b'\r', b).any(|i| deep(&b[i + 1..]))
}

/// The bytes [`bracket_depth_bound`] acts on.
pub(crate) static INTERESTING: [bool; 256] = crate::lang::byte_set(b"#'\"([{)]}");

/// An upper bound on the bracket depth of Python source, from a byte scan
/// that skips comments and string literals but counts every bracket and
/// brace inside f-strings (their fields nest, their literal braces do not:
/// counting both only overestimates). Also the offset of the first bracket
/// past `mark` levels.
pub(crate) fn bracket_depth_bound(b: &[u8], mark: usize) -> (usize, Option<usize>) {
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
pub(crate) const CPYTHON_MAX_BRACKETS: usize = 200;
pub(crate) const CPYTHON_MAX_INDENT: usize = 99;

pub(crate) fn cpython_nesting_limit(
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
pub(crate) fn next_statement_after(text: &str, index: &LineIndex, open: Span) -> Option<usize> {
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
