//! What a rejected or unverified statement is reported as.

use super::engines::{Engine, EngineError};
use super::splitter::{is_ident_byte, Statement};
use super::Dialect;
use crate::analysis::{SyntaxError, Unverified};
use crate::diagnostic::{Label, Span};

pub(crate) fn unverified(
    text: &str,
    stmt: &Statement,
    reason: &str,
    errors: &[EngineError],
    dialect: Dialect,
) -> Unverified {
    let body = &text[stmt.span.start..stmt.span.end];
    let start = stmt.span.start + (body.len() - body.trim_start().len());
    let first_line_end = text[start..stmt.span.end]
        .find('\n')
        .map_or(stmt.span.end, |p| start + p);
    Unverified {
        span: Span::new(start, first_line_end.max(start)),
        dialect: dialect.name(),
        reason: reason.to_string(),
        engines_said: errors
            .iter()
            .take(3)
            .map(|e| format!("{}: {}", e.engine, e.message.trim()))
            .collect(),
        message: None,
    }
}

pub(crate) fn statement_error(
    text: &str,
    stmt: &Statement,
    errors: &[EngineError],
    engines: &[Engine],
) -> SyntaxError {
    // The engine that read furthest before failing names the problem best;
    // ties go to the earlier (stricter) engine.
    let best = errors
        .iter()
        .enumerate()
        .max_by_key(|(i, e)| (e.offset, std::cmp::Reverse(*i)))
        .map(|(_, e)| e)
        .expect("a rejected statement has at least one error");
    let stmt_text = &text[stmt.span.start..stmt.span.end];
    let at = stmt.span.start + best.offset.min(stmt_text.len());
    let span = token_span(text, at, stmt.span.end);
    let mut message = best.message.trim().to_string();
    if let Some(first) = message.get(..1) {
        if first.chars().all(|c| c.is_ascii_uppercase())
            && message
                .get(1..2)
                .is_some_and(|c| c.chars().all(|c| c.is_ascii_lowercase()))
        {
            message = first.to_ascii_lowercase() + &message[1..];
        }
    }
    let tried: Vec<&str> = engines.iter().map(|e| e.name()).collect();
    let message = if tried.len() > 1 {
        format!(
            "{message} ({}); no dialect accepts this statement (tried {})",
            best.engine,
            tried.join(", ")
        )
    } else {
        format!("{message} ({})", best.engine)
    };
    let mut labels = Vec::new();
    if let Some((pos, what)) = stmt.unterminated {
        labels.push(Label {
            span: Span::new(pos, pos + 1),
            message: format!("unterminated {what} starts here"),
        });
    } else if let Some((pos, c)) = stmt.unclosed.last() {
        labels.push(Label {
            span: Span::new(*pos, pos + 1),
            message: format!("`{c}` opened here is never closed"),
        });
    }
    SyntaxError {
        span,
        message,
        labels,
        help: None,
        // Whether it is about the end of the file is the judge's call.
        at_eof: false,
    }
}

/// The token at `at`: a word, a quoted run, or one character; empty at the end.
pub(crate) fn token_span(text: &str, at: usize, limit: usize) -> Span {
    let bytes = text.as_bytes();
    let mut at = at.min(limit);
    // An error "at end of input" points past trailing blanks; point at the
    // last real character instead.
    if at >= limit {
        let trimmed = text[..limit].trim_end().len();
        return Span::empty(trimmed);
    }
    while at < limit && bytes[at].is_ascii_whitespace() {
        at += 1;
    }
    let mut end = at;
    while end < limit && is_ident_byte(bytes[end]) {
        end += 1;
    }
    if end == at && at < limit {
        end = at + text[at..].chars().next().map_or(1, char::len_utf8);
    }
    Span::new(at, end.min(limit)).clamp_to(text)
}

/// A `(` still open where the statement's `;` ends it, though an engine
/// (sqlparser in `dialect`) read the statement without complaint.
pub(crate) fn unclosed_at_terminator(
    text: &str,
    stmt: &Statement,
    open: usize,
    dialect: Dialect,
) -> SyntaxError {
    let end = stmt.span.end;
    let semicolon = text[..end]
        .rfind(';')
        .filter(|p| *p >= open)
        .unwrap_or(end.saturating_sub(1));
    SyntaxError {
        span: Span::new(semicolon, (semicolon + 1).min(end.max(semicolon + 1))),
        message: format!(
            "`(` is never closed: the statement ends at this `;` with it still open (sqlparser's {dialect} dialect reads past it; no dialect allows it)"
        ),
        labels: vec![Label {
            span: Span::new(open, open + 1),
            message: "`(` opened here".to_string(),
        }],
        help: Some("close the bracket before the `;`".to_string()),
        at_eof: false,
    }
}
