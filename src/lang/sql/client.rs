//! What the SQL clients read before the server sees a script: command lines
//! (psql `\...`, sqlcmd `:setvar`, SnowSQL `!set`, SQL*Plus `@file` and `/`),
//! data blocks (`COPY ... FROM stdin` up to `\.`), and the variables and
//! template parameters they substitute (psql `:name`, sqlcmd `$(name)`,
//! SnowSQL and SQL*Plus `&name`, ClickHouse `{name:Type}`, Snowflake CLI
//! `<% name %>`, SQL Server Management Studio `<name, type, default>`).
//!
//! The splitter blanks command lines and turns each substitution into an
//! identifier of the same length, so that the engines judge the SQL the
//! server would see and every span still points into the file.

use super::splitter::{is_go_line, is_ident_byte, trim_bytes};
use super::Dialect;

/// A line the client reads itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ClientLine {
    /// A command: blanked; it ends the statement before it.
    Command,
    /// SQL*Plus `/` alone on a line: runs (ends) the statement before it.
    Run,
    /// A Databricks notebook's `-- COMMAND ----------` cell separator.
    Cell,
}

/// sqlcmd's commands (`:setvar`, `:r`, ...), case-insensitive.
const SQLCMD: &[&[u8]] = &[
    b"setvar",
    b"r",
    b"on",
    b"connect",
    b"out",
    b"error",
    b"exit",
    b"quit",
    b"reset",
    b"ed",
    b"list",
    b"listvar",
    b"serverlist",
    b"perftrace",
    b"xml",
    b"help",
];

/// SnowSQL's commands (`!set`, `!source`, ...).
const SNOWSQL: &[&[u8]] = &[
    b"set",
    b"source",
    b"load",
    b"define",
    b"print",
    b"spool",
    b"exit",
    b"quit",
    b"abort",
    b"connect",
    b"system",
    b"result",
    b"rehash",
    b"pause",
    b"options",
    b"variables",
    b"queries",
    b"help",
];

/// SQL*Plus commands that other dialects have as SQL (`SHOW`, T-SQL's
/// `PRINT` and `EXEC`, ...): client lines in `oracle` only, beside
/// [`SQLPLUS_ONLY`].
const SQLPLUS_IN_ORACLE: &[&[u8]] = &[
    b"SHOW",
    b"CLEAR",
    b"VARIABLE",
    b"PRINT",
    b"EXEC",
    b"CONNECT",
    b"DISCONNECT",
    b"HOST",
    b"EXIT",
    b"QUIT",
    // Abbreviations SQL*Plus accepts, and its commands that are SQL words
    // elsewhere (`DESCRIBE` in MySQL, `START TRANSACTION`, ...).
    b"CONN",
    b"DISC",
    b"VAR",
    b"PRO",
    b"SPO",
    b"BRE",
    b"BREAK",
    b"COMP",
    b"COMPUTE",
    b"DESC",
    b"DESCRIBE",
    b"EXECUTE",
    b"START",
    b"STARTUP",
    b"SHUTDOWN",
    b"PASSWORD",
    b"SAVE",
    b"EDIT",
    b"ED",
    b"LIST",
    b"RUN",
    b"ARCHIVE",
    b"RECOVER",
    b"STORE",
    b"REPHEADER",
    b"REPFOOTER",
    b"ATTRIBUTE",
    b"TIMING",
    b"XQUERY",
];

/// The SQL*Plus commands that start no statement in any SQL dialect (not
/// `SHOW`, `PRINT`, `EXEC`, `EXIT`, ...): client lines in `generic` too.
const SQLPLUS_ONLY: &[&[u8]] = &[
    b"PROMPT",
    b"SPOOL",
    b"WHENEVER",
    b"DEFINE",
    b"UNDEFINE",
    b"REM",
    b"REMARK",
    b"COLUMN",
    b"TTITLE",
    b"BTITLE",
    b"ACCEPT",
    b"PAUSE",
    b"COL",
    b"CL",
    b"CLE",
];

/// SQL*Plus `SET` options (`SET SERVEROUTPUT ON`); other `SET`s are SQL.
const SQLPLUS_SET: &[&[u8]] = &[
    b"SERVEROUTPUT",
    b"DEFINE",
    b"ECHO",
    b"FEEDBACK",
    b"HEADING",
    b"LINESIZE",
    b"PAGESIZE",
    b"VERIFY",
    b"TERMOUT",
    b"TIMING",
    b"TRIMSPOOL",
    b"TRIMOUT",
    b"SQLBLANKLINES",
    b"SCAN",
    b"ESCAPE",
    b"LONG",
    b"NEWPAGE",
    b"WRAP",
    b"TAB",
    b"COLSEP",
    b"ARRAYSIZE",
    b"AUTOCOMMIT",
    b"CONCAT",
    b"NUMWIDTH",
    b"NUMFORMAT",
    b"HEADSEP",
    b"UNDERLINE",
    b"SQLPROMPT",
    b"SQLTERMINATOR",
    b"TERM",
    b"LIN",
    b"LINES",
    b"PAGES",
    b"FEED",
    b"VER",
    b"TRIMS",
    b"SERVEROUT",
    b"AUTOTRACE",
    b"AUTOT",
    b"MARKUP",
    b"EMBEDDED",
    b"NEWP",
    b"RECSEP",
    b"RECSEPCHAR",
    b"APPINFO",
    b"CMDSEP",
    b"COLINVISIBLE",
    b"COPYCOMMIT",
    b"EDITFILE",
    b"FLUSH",
    b"LOBOFFSET",
    b"SHOWMODE",
    b"SQLCASE",
    b"SQLCONTINUE",
    b"SQLNUMBER",
    b"SQLPREFIX",
    b"SUFFIX",
    b"AUTOPRINT",
    b"BLOCKTERMINATOR",
    b"EXITCOMMIT",
    b"LOBPREFETCH",
    b"ROWPREFETCH",
    b"STATEMENTCACHE",
    b"ERRORLOGGING",
    b"ERRORDETAILS",
    b"HEA",
    b"NULL",
    b"PAUSE",
];

fn first_word(line: &[u8]) -> &[u8] {
    let end = line
        .iter()
        .position(|b| !is_ident_byte(*b))
        .unwrap_or(line.len());
    &line[..end]
}

fn in_list(word: &[u8], list: &[&[u8]]) -> bool {
    !word.is_empty() && list.iter().any(|k| word.eq_ignore_ascii_case(k))
}

/// `line` (leading blanks removed) as a client line of `dialect`, if it is
/// one. `stmt_empty`: no statement has started yet.
pub(crate) fn client_line(dialect: Dialect, line: &[u8], stmt_empty: bool) -> Option<ClientLine> {
    let generic = dialect == Dialect::Generic;
    let line = trim_bytes(line);
    // psql's meta-commands (`\set`, `\if`, `\copy ...`) and T-SQL's `GO`.
    if (dialect.psql_meta_commands() && line.first() == Some(&b'\\'))
        || (dialect.go_batches() && is_go_line(line))
    {
        return Some(ClientLine::Command);
    }
    if (generic || dialect == Dialect::Oracle) && line == b"/" {
        return Some(ClientLine::Run);
    }
    if (generic || matches!(dialect, Dialect::Databricks | Dialect::Spark))
        && line.len() > 12
        && line.starts_with(b"-- COMMAND -")
    {
        return Some(ClientLine::Cell);
    }
    if (generic || dialect == Dialect::Mssql) && line.first() == Some(&b':') {
        let word = first_word(&line[1..]);
        let after = line.get(1 + word.len());
        if in_list(word, SQLCMD) && after.is_none_or(|b| b.is_ascii_whitespace()) {
            return Some(ClientLine::Command);
        }
    }
    if !stmt_empty {
        return None;
    }
    // The sqlite3 shell's dot-commands (`.bail on`, `.mode csv`, `.read f`).
    if (generic || dialect == Dialect::Sqlite)
        && line.first() == Some(&b'.')
        && line.get(1).is_some_and(u8::is_ascii_lowercase)
    {
        return Some(ClientLine::Command);
    }
    if (generic || dialect == Dialect::Snowflake) && line.first() == Some(&b'!') {
        let word = first_word(&line[1..]);
        if in_list(word, SNOWSQL) {
            return Some(ClientLine::Command);
        }
    }
    if (generic || dialect == Dialect::Oracle)
        && line.first() == Some(&b'@')
        && line.len() > 1
        && line[1] != b' '
    {
        return Some(ClientLine::Command);
    }
    if generic || dialect == Dialect::Oracle {
        let word = first_word(line);
        if in_list(word, SQLPLUS_ONLY) || (!generic && in_list(word, SQLPLUS_IN_ORACLE)) {
            return Some(ClientLine::Command);
        }
        // `BREAK ON owner`: T-SQL's `BREAK` takes nothing after it.
        if word.eq_ignore_ascii_case(b"BREAK")
            && first_word(trim_bytes(&line[word.len()..])).eq_ignore_ascii_case(b"ON")
        {
            return Some(ClientLine::Command);
        }
        // `EXIT` / `QUIT` alone ends a SQL*Plus session; in a block it would
        // be `EXIT WHEN ...` or `EXIT;` inside a statement.
        if generic
            && in_list(word, &[b"EXIT", b"QUIT"])
            && trim_bytes(&line[word.len()..])
                .iter()
                .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b' ' | b';'))
            && !trim_bytes(&line[word.len()..])
                .get(..4)
                .is_some_and(|w| w.eq_ignore_ascii_case(b"WHEN"))
        {
            return Some(ClientLine::Command);
        }
        if word.eq_ignore_ascii_case(b"SET") {
            let rest = trim_bytes(&line[3..]);
            let option = first_word(rest);
            // Oracle's SQL has three `SET` statements; in `oracle` every
            // other `SET` at a statement's start is SQL*Plus's (`SET PAUSE
            // OFF`, whatever the option), in `generic` only the known ones.
            let sql_set = in_list(
                option,
                &[b"TRANSACTION", b"ROLE", b"CONSTRAINT", b"CONSTRAINTS"],
            );
            if in_list(option, SQLPLUS_SET) || (!generic && !option.is_empty() && !sql_set) {
                return Some(ClientLine::Command);
            }
        }
    }
    None
}

/// `PUT file://...` / `GET @stage file://...`: SnowSQL's file transfers, run
/// by the client (with the statement's length to its `;` or line end).
pub(crate) fn file_transfer(dialect: Dialect, rest: &[u8]) -> Option<usize> {
    if !matches!(dialect, Dialect::Generic | Dialect::Snowflake) {
        return None;
    }
    let word = first_word(rest);
    if !(word.eq_ignore_ascii_case(b"PUT") || word.eq_ignore_ascii_case(b"GET")) {
        return None;
    }
    let line_end = memchr::memchr(b'\n', rest).unwrap_or(rest.len());
    let line = &rest[..line_end];
    if !line.windows(7).any(|w| w.eq_ignore_ascii_case(b"file://")) {
        return None;
    }
    Some(memchr::memchr(b';', line).map_or(line_end, |p| p + 1))
}

/// Whether a finished statement is `COPY ... FROM STDIN` (psql then reads
/// the data lines that follow, up to `\.`).
pub(crate) fn copy_from_stdin(statement: &[u8]) -> bool {
    let mut words = skip_trivia(statement)
        .split(|b| !is_ident_byte(*b))
        .filter(|w| !w.is_empty());
    let first = words.next().unwrap_or(b"");
    if !first.eq_ignore_ascii_case(b"COPY") {
        return false;
    }
    let words: Vec<&[u8]> = words.collect();
    words.windows(2).any(|w| {
        w[0].eq_ignore_ascii_case(b"FROM")
            && (w[1].eq_ignore_ascii_case(b"STDIN") || w[1].eq_ignore_ascii_case(b"PSTDIN"))
    })
}

/// `statement` from its first byte that is not white space or a comment.
fn skip_trivia(statement: &[u8]) -> &[u8] {
    let mut s = statement;
    loop {
        s = &s[s
            .iter()
            .position(|b| !b.is_ascii_whitespace())
            .unwrap_or(s.len())..];
        if s.starts_with(b"--") {
            s = &s[memchr::memchr(b'\n', s).unwrap_or(s.len())..];
        } else if s.starts_with(b"/*") {
            match memchr::memmem::find(s, b"*/") {
                Some(p) => s = &s[p + 2..],
                None => return b"",
            }
        } else {
            return s;
        }
    }
}

/// The end of a COPY data block starting at `from` (a line start): just
/// past the `\.` line, or the end of the file.
pub(crate) fn copy_data_end(src: &[u8], from: usize) -> usize {
    let mut i = from;
    while i < src.len() {
        let end = memchr::memchr(b'\n', &src[i..]).map_or(src.len(), |p| i + p);
        let line = &src[i..end];
        let line = line.strip_suffix(b"\r").unwrap_or(line);
        if line == b"\\." {
            return (end + 1).min(src.len());
        }
        i = end + 1;
    }
    src.len()
}

/// Bytes that may stand before a substituted variable: where a value or a
/// name starts (never the end of an operand, so `a[lo:hi]`, `x::int`,
/// `col:field` and `{'a':'b'}` are left alone).
fn value_position(prev: Option<u8>) -> bool {
    match prev {
        None => true,
        Some(b) => {
            b.is_ascii_whitespace()
                || matches!(
                    b,
                    b'(' | b',' | b'=' | b'<' | b'>' | b'+' | b'-' | b'*' | b'/' | b'|'
                )
        }
    }
}

/// A variable or template parameter starting at `i`, as the number of bytes
/// the client replaces and how to mask them (`None`: not one).
pub(crate) fn substitution(
    dialect: Dialect,
    src: &[u8],
    i: usize,
    in_square_brackets: bool,
) -> Option<Substitution> {
    let prev = i.checked_sub(1).map(|p| src[p]);
    let generic = dialect == Dialect::Generic;
    let ident_start = |j: usize| {
        src.get(j)
            .is_some_and(|b| b.is_ascii_alphabetic() || *b == b'_')
    };
    let ident_len = |j: usize| {
        src[j..]
            .iter()
            .position(|b| !is_ident_byte(*b))
            .unwrap_or(src.len() - j)
    };
    match src[i] {
        // psql `:name`, `:'name'`, `:"name"`; bind variables `:name`.
        b':' if !in_square_brackets && value_position(prev) => {
            let next = *src.get(i + 1)?;
            if next == b'\'' || next == b'"' {
                let close = memchr::memchr(next, &src[i + 2..])?;
                let name = &src[i + 2..i + 2 + close];
                (!name.is_empty() && name.iter().all(|b| is_ident_byte(*b)))
                    .then_some(Substitution::QuotedVariable)
            } else if ident_start(i + 1) {
                Some(Substitution::Identifier(1 + ident_len(i + 1)))
            } else {
                None
            }
        }
        // Spark/Databricks/Hive variables `${name}`, `${hiveconf:name}`.
        b'$' if (generic
            || matches!(
                dialect,
                Dialect::Databricks | Dialect::Spark | Dialect::Hive
            ))
            && src.get(i + 1) == Some(&b'{')
            && ident_start(i + 2) =>
        {
            let close = src[i + 2..]
                .iter()
                .take(80)
                .position(|b| !(is_ident_byte(*b) || matches!(b, b':' | b'.')))?;
            (src[i + 2 + close] == b'}').then_some(Substitution::Identifier(close + 3))
        }
        // sqlcmd `$(name)`.
        b'$' if (generic || dialect == Dialect::Mssql)
            && src.get(i + 1) == Some(&b'(')
            && ident_start(i + 2) =>
        {
            let n = ident_len(i + 2);
            (src.get(i + 2 + n) == Some(&b')')).then_some(Substitution::Identifier(n + 3))
        }
        // SnowSQL `&name`, `&{name}`; SQL*Plus `&name`, `&&name`.
        b'&' if (matches!(dialect, Dialect::Snowflake | Dialect::Oracle)
            || (generic
                && matches!(prev_significant(src, i), None | Some(b'=' | b'(' | b','))))
            && prev.is_none_or(|b| !is_ident_byte(b)) =>
        {
            let mut j = i + 1;
            if src.get(j) == Some(&b'&') {
                j += 1;
            }
            if src.get(j) == Some(&b'{') && ident_start(j + 1) {
                let n = ident_len(j + 1);
                return (src.get(j + 1 + n) == Some(&b'}'))
                    .then_some(Substitution::Identifier(j + 2 + n - i));
            }
            ident_start(j).then(|| Substitution::Identifier(j + ident_len(j) - i))
        }
        // ClickHouse query parameters `{name:Type}`.
        b'{' if (generic || dialect == Dialect::Clickhouse) && ident_start(i + 1) => {
            let n = ident_len(i + 1);
            let colon = i + 1 + n;
            if src.get(colon) != Some(&b':') || !src.get(colon + 1)?.is_ascii_alphabetic() {
                return None;
            }
            let close = src[colon..]
                .iter()
                .take(120)
                .position(|b| *b == b'}' || *b == b'\n' || *b == b'{')?;
            (src[colon + close] == b'}').then_some(Substitution::Identifier(colon + close + 1 - i))
        }
        // Snowflake CLI `<% name %>`; SQL Server Management Studio
        // `<name, type, default>`.
        b'<' => {
            if (generic || dialect == Dialect::Snowflake) && src.get(i + 1) == Some(&b'%') {
                let close = src[i + 2..].windows(2).take(120).position(|w| w == b"%>")? + 2;
                let inner = trim_bytes(&src[i + 2..i + close]);
                return (!inner.is_empty()
                    && inner.iter().all(|b| is_ident_byte(*b) || *b == b'.'))
                .then_some(Substitution::Identifier(close + 2));
            }
            if dialect == Dialect::Mssql || (generic && template_position(src, i)) {
                let close = src[i + 1..]
                    .iter()
                    .take(200)
                    .position(|b| matches!(b, b'>' | b'<' | b'\n'))?;
                let inner = &src[i + 1..i + 1 + close];
                if src[i + 1 + close] != b'>'
                    || inner.iter().filter(|b| **b == b',').count() != 2
                    || (inner.contains(&b')') && !inner.contains(&b'('))
                {
                    return None;
                }
                let name = trim_bytes(&inner[..memchr::memchr(b',', inner)?]);
                if name.is_empty()
                    || !name
                        .iter()
                        .all(|b| is_ident_byte(*b) || matches!(b, b'@' | b' '))
                {
                    return None;
                }
                // SSMS puts the default in its place ("Specify Values for
                // Template Parameters"): the engines see the default.
                let comma = memchr::memrchr(b',', inner)?;
                let default = trim_bytes(&inner[comma + 1..]);
                if default.is_empty() {
                    return Some(Substitution::Identifier(close + 2));
                }
                let offset = i + 1 + comma + 1;
                let offset = offset
                    + inner[comma + 1..]
                        .iter()
                        .position(|b| !b.is_ascii_whitespace())
                        .unwrap_or(0);
                return Some(Substitution::Default {
                    len: close + 2,
                    value: (offset, default.len()),
                });
            }
            None
        }
        _ => None,
    }
}

/// The last byte before `i` that is not white space.
fn prev_significant(src: &[u8], i: usize) -> Option<u8> {
    src[..i]
        .iter()
        .rev()
        .find(|b| !b.is_ascii_whitespace())
        .copied()
}

/// A `<` where no comparison can stand: after `.`, `(`, `,`, `=`, at a
/// line's start, or after a keyword (not after an operand).
fn template_position(src: &[u8], i: usize) -> bool {
    let before = &src[..i];
    let trimmed_len = before
        .iter()
        .rposition(|b| !(*b == b' ' || *b == b'\t'))
        .map_or(0, |p| p + 1);
    let Some(&last) = before[..trimmed_len].last() else {
        return true;
    };
    if matches!(last, b'.' | b'(' | b',' | b'=' | b'\n') {
        return true;
    }
    if !is_ident_byte(last) {
        return false;
    }
    let start = before[..trimmed_len]
        .iter()
        .rposition(|b| !is_ident_byte(*b))
        .map_or(0, |p| p + 1);
    let word = std::str::from_utf8(&before[start..trimmed_len])
        .unwrap_or("")
        .to_ascii_uppercase();
    // `STRUCT<a INT64, b STRING, c BOOL>`: type parameters, not a template.
    const TYPE_CONSTRUCTORS: &[&str] = &[
        "STRUCT", "ARRAY", "MAP", "ROW", "TUPLE", "TABLE", "OBJECT", "RECORD", "UNION", "VECTOR",
        "LIST", "NESTED", "RANGE", "VARIANT",
    ];
    if TYPE_CONSTRUCTORS.contains(&word.as_str()) {
        return false;
    }
    super::keywords::CORE_KEYWORDS.contains(&word.as_str())
        || super::keywords::dialect_keywords().contains(word.as_str())
}

/// How the splitter masks a substitution.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Substitution {
    /// `:'name'` / `:"name"`: the colon is dropped, the quoted rest stays (a
    /// string or a quoted identifier).
    QuotedVariable,
    /// This many bytes become one identifier (`_` and the name's letters).
    Identifier(usize),
    /// These `len` bytes become the default value written inside them at
    /// `value` (offset, length), padded with spaces.
    Default { len: usize, value: (usize, usize) },
}

/// Whether a statement is a PL/SQL unit, which SQL*Plus ends at a `/` line
/// rather than at its inner `;`: `DECLARE`, `BEGIN`, or `CREATE [OR
/// REPLACE] [EDITIONABLE | NONEDITIONABLE] PROCEDURE | FUNCTION | PACKAGE |
/// TRIGGER | TYPE`.
pub(crate) fn plsql_unit(statement: &[u8]) -> bool {
    let mut words = skip_trivia(statement)
        .split(|b| !is_ident_byte(*b))
        .filter(|w| !w.is_empty());
    let Some(first) = words.next() else {
        return false;
    };
    if first.eq_ignore_ascii_case(b"DECLARE") || first.eq_ignore_ascii_case(b"BEGIN") {
        return true;
    }
    if !first.eq_ignore_ascii_case(b"CREATE") {
        return false;
    }
    for word in words.take(4) {
        if in_list(
            word,
            &[b"OR", b"REPLACE", b"EDITIONABLE", b"NONEDITIONABLE"],
        ) {
            continue;
        }
        return in_list(
            word,
            &[b"PROCEDURE", b"FUNCTION", b"PACKAGE", b"TRIGGER", b"TYPE"],
        );
    }
    false
}

/// Whether a statement is a PostgreSQL `CREATE [OR REPLACE] RULE`, whose
/// `DO INSTEAD ( ...; ... )` holds statements ended by `;` inside brackets.
pub(crate) fn pg_rule(statement: &[u8]) -> bool {
    let mut words = skip_trivia(statement)
        .split(|b| !is_ident_byte(*b))
        .filter(|w| !w.is_empty());
    if !words
        .next()
        .is_some_and(|w| w.eq_ignore_ascii_case(b"CREATE"))
    {
        return false;
    }
    words
        .take(3)
        .find(|w| !in_list(w, &[b"OR", b"REPLACE"]))
        .is_some_and(|w| w.eq_ignore_ascii_case(b"RULE"))
}

#[cfg(test)]
mod tests {
    use super::super::{split, Dialect};

    fn masked(sql: &str, dialect: Dialect) -> String {
        let script = split(sql, dialect);
        assert_eq!(script.masked.len(), sql.len(), "masking keeps the length");
        script.masked
    }

    #[test]
    fn client_variables_become_names_of_the_same_length() {
        assert_eq!(
            masked(
                "SELECT :'v', :\"c\" FROM t WHERE a = :id;",
                Dialect::Postgres
            ),
            "SELECT  'v',  \"c\" FROM t WHERE a = _id;"
        );
        assert_eq!(masked("USE $(Db);", Dialect::Mssql), "USE __Db_;");
        assert_eq!(
            masked("ALTER DATABASE ${catalog}.${db}_x;", Dialect::Databricks),
            "ALTER DATABASE __catalog_.__db__x;"
        );
        assert_eq!(
            masked(
                "SELECT * FROM t WHERE id = {id:UInt32};",
                Dialect::Clickhouse
            ),
            "SELECT * FROM t WHERE id = _id_UInt32_;"
        );
        assert_eq!(
            masked("USE &{db}.&&s;", Dialect::Snowflake),
            "USE __db_.__s;"
        );
        assert_eq!(
            masked("FROM <schema, sysname, dbo>.t;", Dialect::Mssql),
            "FROM dbo                   .t;"
        );
    }

    #[test]
    fn colons_and_angles_of_real_sql_are_left_alone() {
        for (sql, dialect) in [
            (
                "SELECT a[lo:hi], a[1 : n], x::int, col:field, $1:f FROM t;",
                Dialect::Generic,
            ),
            ("SELECT {'a':'b'}, {'k': v} FROM t;", Dialect::Duckdb),
            ("SET @x := 1;", Dialect::Mysql),
            (
                "SELECT CAST(s AS STRUCT<INT64, STRING, BOOL>) FROM t;",
                Dialect::Generic,
            ),
            ("SELECT IIF(@a<@b, @c, @d)>0;", Dialect::Mssql),
            ("SELECT flags &mask FROM t;", Dialect::Generic),
            ("SELECT 'w' <% 'text' FROM t;", Dialect::Postgres),
            ("SELECT a <%> b, c <% FROM t;", Dialect::Generic),
        ] {
            assert_eq!(masked(sql, dialect), sql, "{sql}");
        }
    }

    #[test]
    fn copy_data_and_client_lines_are_not_statements() {
        let sql = "COPY t (a) FROM stdin;\nit's; (\n\\.\nSELECT 1;\n\\set x 1\n";
        let script = split(sql, Dialect::Postgres);
        let texts: Vec<&str> = script
            .statements
            .iter()
            .map(|s| sql[s.span.start..s.span.end].trim())
            .collect();
        assert_eq!(texts, ["COPY t (a) FROM stdin;", "SELECT 1;"]);
        let oracle = "CREATE PROCEDURE p AS\n  v NUMBER;\nBEGIN\n  NULL;\nEND;\n/\nPROMPT done\nSELECT 1 FROM dual;\n";
        let script = split(oracle, Dialect::Oracle);
        assert_eq!(script.statements.len(), 2, "{:?}", script.statements);
        assert!(script.statements.iter().all(|s| s.terminated));
    }
}
