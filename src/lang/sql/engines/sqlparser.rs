//! sqlparser, in each of its dialects.

use super::postgres::char_pos_to_byte;
use super::{Engine, EngineError};
use crate::lang::sql::Dialect;

/// Parse `sql` with sqlparser in `dialect`. A statement that ends where the
/// next begins without a `;` (T-SQL batches) is accepted when the rest
/// parses too.
pub fn check_sqlparser(dialect: Dialect, sql: &str) -> Result<(), EngineError> {
    let d = dialect.sqlparser();
    let mut base = 0;
    let mut rest = sql;
    for _ in 0..10_000 {
        let parsed = sqlparser::parser::Parser::new(d.as_ref())
            .with_recursion_limit(200)
            .try_with_sql(rest)
            .and_then(|mut p| p.parse_statements());
        match parsed {
            Ok(_) => return Ok(()),
            Err(e) => {
                let (message, line_col) = sqlparser_message(&e);
                let offset = line_col
                    .map(|(l, c)| line_col_to_byte(rest, l, c))
                    .unwrap_or(0);
                if message.starts_with("Expected: end of statement")
                    && offset > 0
                    && offset < rest.len()
                {
                    base += offset;
                    rest = &rest[offset..];
                    continue;
                }
                return Err(EngineError {
                    engine: Engine::SqlParser(dialect),
                    offset: base + offset,
                    message,
                });
            }
        }
    }
    Ok(())
}

/// Split sqlparser's "Expected: x, found: y at Line: 1, Column: 8".
pub(crate) fn sqlparser_message(
    e: &sqlparser::parser::ParserError,
) -> (String, Option<(usize, usize)>) {
    use sqlparser::parser::ParserError as P;
    let raw = match e {
        P::TokenizerError(s) | P::ParserError(s) => s.clone(),
        P::RecursionLimitExceeded => return ("nesting too deep".into(), None),
    };
    if let Some(at) = raw.rfind(" at Line: ") {
        let tail = &raw[at + " at Line: ".len()..];
        let mut parts = tail.split(", Column: ");
        let line = parts.next().and_then(|l| l.trim().parse().ok());
        let col = parts.next().and_then(|c| c.trim().parse().ok());
        if let (Some(l), Some(c)) = (line, col) {
            return (raw[..at].to_string(), Some((l, c)));
        }
    }
    (raw, None)
}

pub(crate) fn line_col_to_byte(s: &str, line: usize, col: usize) -> usize {
    let mut offset = 0;
    for (n, l) in s.split_inclusive('\n').enumerate() {
        if n + 1 == line {
            return offset + char_pos_to_byte(l, col.saturating_sub(1)).min(l.len());
        }
        offset += l.len();
    }
    s.len()
}
