//! sqlparser, in each of its dialects.

use super::postgres::char_pos_to_byte;
use super::{Engine, EngineError};
use crate::lang::sql::Dialect;

/// Parse `sql` with sqlparser in `dialect`. A statement that ends where the
/// next begins without a `;` (T-SQL batches) is accepted when the rest
/// parses too.
pub fn check_sqlparser(dialect: Dialect, sql: &str) -> Result<(), EngineError> {
    let d = dialect.sqlparser();
    let rewritten;
    let sql = if dialect == Dialect::Mysql
        && (sql.contains(":=") || sql.contains("charset") || sql.contains("CHARSET"))
    {
        rewritten = mysql_as_sqlparser_reads_it(sql);
        rewritten.as_str()
    } else {
        sql
    };
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

/// MySQL written as sqlparser's MySQL grammar reads it, byte for byte the
/// same length so that offsets still point into the file.
///
/// MySQL's grammar reads `:=` as `=` wherever it assigns (`SET @n := 1`,
/// `SET x := 5` in a routine, `UPDATE ... SET c := 1`) and as an assignment
/// expression elsewhere (`SELECT @rank := @rank + 1`); sqlparser knows only
/// the last. Each `:=` token (sqlparser's own MySQL tokenizer finds them:
/// not in strings, quoted names or comments) becomes ` =`, of the same
/// length, so that offsets still point into the file. Text the tokenizer
/// rejects is left for the parser to reject.
fn mysql_as_sqlparser_reads_it(sql: &str) -> String {
    use sqlparser::tokenizer::{Token, Tokenizer};
    let mut out = sql.as_bytes().to_vec();
    let dialect = Dialect::Mysql.sqlparser();
    if let Ok(tokens) = Tokenizer::new(dialect.as_ref(), sql).tokenize_with_location() {
        let mut depth = 0usize;
        for (i, t) in tokens.iter().enumerate() {
            let at = || {
                line_col_to_byte(
                    sql,
                    t.span.start.line as usize,
                    t.span.start.column as usize,
                )
            };
            match &t.token {
                Token::LParen => depth += 1,
                Token::RParen => depth = depth.saturating_sub(1),
                Token::Assignment => {
                    let at = at();
                    if sql.as_bytes().get(at) == Some(&b':') {
                        out[at] = b' ';
                    }
                }
                // A column's `CHARSET utf8` (MySQL's synonym of `CHARACTER
                // SET utf8`, which sqlparser lacks) becomes `COLLATE utf8`,
                // a column option of the same shape and length. (Inside the
                // column list only: a table's `CHARSET utf8` it reads.)
                Token::Word(w)
                    if depth >= 1
                        && w.quote_style.is_none()
                        && w.value.eq_ignore_ascii_case("CHARSET")
                        && matches!(
                            tokens.get(i + 1).map(|n| &n.token),
                            Some(Token::Whitespace(_))
                        )
                        && matches!(tokens.get(i + 2).map(|n| &n.token), Some(Token::Word(_))) =>
                {
                    let at = at();
                    if sql
                        .get(at..at + 7)
                        .is_some_and(|s| s.eq_ignore_ascii_case("CHARSET"))
                    {
                        out[at..at + 7].copy_from_slice(b"COLLATE");
                    }
                }
                _ => {}
            }
        }
    }
    // Only ASCII bytes were replaced, by ASCII bytes.
    String::from_utf8(out).unwrap_or_else(|_| sql.to_string())
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mysql_assignments_with_colon_equals_are_accepted() {
        for sql in [
            "SET @exist := (SELECT COUNT(*) FROM information_schema.columns WHERE table_name = 't');",
            "SET @a := 1, @b := 'x:=y';",
            "UPDATE t SET c := 1 WHERE id = 2;",
            "SELECT @rank := @rank + 1 AS position FROM players; -- a := b",
            // A column's `CHARSET x`, then a key.
            "CREATE TABLE t (\n  info TEXT charset utf8,\n  s INT,\n  KEY (s)\n) ENGINE=InnoDB DEFAULT CHARSET=utf8;",
        ] {
            assert!(check_sqlparser(Dialect::Mysql, sql).is_ok(), "{sql}");
        }
        let s = mysql_as_sqlparser_reads_it("SET @a := ':=' # x := 1\n, @b := `c:=d`;");
        assert_eq!(s, "SET @a  = ':=' # x := 1\n, @b  = `c:=d`;");
        // Still an error where `:=` cannot be: a bare assignment outside SET.
        assert!(check_sqlparser(Dialect::Mysql, "x := 5;").is_err());
        assert!(check_sqlparser(Dialect::Postgres, "SET @a := 1;").is_err());
    }
}
