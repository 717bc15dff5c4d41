//! ruff's syntax errors as gencheck reports them: the bracket left open
//! and where, the token found, Python 2 hints, gencheck's wording.

use ruff_python_parser::{InterpolatedStringErrorType, LexicalErrorType, ParseErrorType};

use super::brackets::BracketScan;
use super::PySyntaxError;
use crate::diagnostic::{LineIndex, Span};

pub(crate) fn collect_errors(
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

/// Python 2 constructs that models still write: say what they are.
pub(crate) fn python2_hint(text: &str, span: Span) -> Option<&'static str> {
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

pub(crate) fn closer_for(open: char) -> char {
    match open {
        '(' => ')',
        '[' => ']',
        _ => '}',
    }
}

pub(crate) fn describe(
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
pub(crate) fn found_text(text: &str, span: Span) -> String {
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
pub(crate) fn tidy(msg: &str) -> String {
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
