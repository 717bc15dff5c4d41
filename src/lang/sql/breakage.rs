//! Breakage a statement's tokens show by themselves, whatever the dialect's
//! grammar: an operator with no right operand (`amount > AND`), a `CASE`
//! whose `ELSE` runs into the next select item (`ELSE 'deep' AS bucket`), a
//! `WHEN` of a `CASE` with no `THEN`, a clause after one it must precede
//! (`GROUP BY ... WHERE`), a qualified join with no condition where the
//! dialect requires one, two qualified names with no comma between them
//! (`s.plan_code s.renewal_date`), a `)` that closes nothing.
//!
//! Used only where the engines reject a statement: the finding is what
//! turns a rejection that dialect syntax the engines lack could explain
//! (an unverified statement) into an error.

use super::Dialect;

/// One token of a statement's code (strings and comments already blanked).
#[derive(Debug, Clone, Copy, PartialEq)]
enum Kind {
    Word,
    Number,
    /// A run of `<`, `>`, `=`, `!`.
    Operator,
    Punct(char),
}

#[derive(Debug, Clone, Copy)]
struct Token<'a> {
    kind: Kind,
    text: &'a str,
    at: usize,
    /// Bracket depth before the token (a `(` and its `)` at the same depth).
    depth: i32,
}

impl Token<'_> {
    fn is(&self, word: &str) -> bool {
        self.kind == Kind::Word && self.text.eq_ignore_ascii_case(word)
    }
    fn is_any(&self, words: &[&str]) -> bool {
        self.kind == Kind::Word && words.iter().any(|w| self.text.eq_ignore_ascii_case(w))
    }
}

fn tokens(code: &str, brackets_quote: bool) -> Vec<Token<'_>> {
    let chars: Vec<(usize, char)> = code.char_indices().collect();
    let offset = |k: usize| chars.get(k).map_or(code.len(), |c| c.0);
    let is_word = |c: char| c.is_alphanumeric() || matches!(c, '_' | '$' | '@' | '#');
    let mut out = Vec::new();
    let mut depth = 0i32;
    let mut k = 0;
    while k < chars.len() {
        let (start, c) = chars[k];
        let line_end = code[start..].find('\n').map_or(code.len(), |e| start + e);
        let next = chars.get(k + 1).map(|n| n.1);
        let kind = if c.is_whitespace() {
            k += 1;
            continue;
        } else if c == '-' && next == Some('-') {
            // A comment (in text whose comments are not blanked yet).
            while k < chars.len() && chars[k].1 != '\n' {
                k += 1;
            }
            continue;
        } else if c == '/' && next == Some('*') {
            k += 2;
            while k < chars.len()
                && !(chars[k].1 == '*' && chars.get(k + 1).is_some_and(|n| n.1 == '/'))
            {
                k += 1;
            }
            k = (k + 2).min(chars.len());
            continue;
        } else if c.is_alphabetic() || matches!(c, '_' | '@' | '#') {
            while k < chars.len() && is_word(chars[k].1) {
                k += 1;
            }
            Kind::Word
        } else if c.is_ascii_digit() {
            while k < chars.len() && (chars[k].1.is_ascii_alphanumeric() || chars[k].1 == '.') {
                k += 1;
            }
            Kind::Number
        } else if (c == '[' && brackets_quote) || c == '`' || c == '"' {
            // A quoted name (T-SQL's `[x]`, MySQL's backticks): one word.
            let close = if c == '[' { ']' } else { c };
            k += 1;
            while k < chars.len() && chars[k].1 != close && chars[k].1 != '\n' {
                k += 1;
            }
            k = (k + 1).min(chars.len());
            Kind::Word
        } else if c == '\'' {
            // A string (its text blanked): one token, as a value.
            k += 1;
            while k < chars.len() && chars[k].1 != '\'' {
                k += 1;
            }
            k = (k + 1).min(chars.len());
            Kind::Number
        } else if c == '<'
            && chars
                .get(k + 1)
                .is_some_and(|n| n.1.is_alphabetic() || matches!(n.1, '_' | '-' | '+'))
            && code[start..line_end].contains('>')
        {
            // A template's placeholder (SSMS's `<name, type, default>`,
            // `<your_password_here>`), or a type's parameters
            // (`ARRAY<STRING>`): one word.
            while k < chars.len() && chars[k].1 != '>' {
                k += 1;
            }
            k = (k + 1).min(chars.len());
            Kind::Word
        } else if matches!(c, '<' | '>' | '=' | '!') {
            while k < chars.len() && matches!(chars[k].1, '<' | '>' | '=' | '!') {
                k += 1;
            }
            Kind::Operator
        } else {
            k += 1;
            Kind::Punct(c)
        };
        let text = &code[start..offset(k)];
        if matches!(kind, Kind::Punct(')' | ']' | '}')) {
            depth -= 1;
        }
        out.push(Token {
            kind,
            text,
            at: start,
            depth,
        });
        if matches!(kind, Kind::Punct('(' | '[' | '{')) {
            depth += 1;
        }
    }
    out
}

/// Words a statement starts with: breakage is looked for only in a
/// statement that starts as one (not in a fragment a client command or an
/// odd file left, where the engines' rejection stays unverified).
const VERBS: &[&str] = &[
    "SELECT", "INSERT", "UPDATE", "DELETE", "MERGE", "CREATE", "ALTER", "DROP", "WITH", "REPLACE",
    "UPSERT", "GRANT", "REVOKE", "TRUNCATE", "VALUES",
];

/// Where a statement's code shows breakage of its own, and what it is.
pub(crate) fn broken_tokens(code: &str, dialect: Dialect) -> Option<(usize, &'static str)> {
    let toks = tokens(
        code,
        matches!(dialect, Dialect::Mssql | Dialect::Sqlite | Dialect::Generic),
    );
    if !starts_as_statement(&toks, dialect) {
        return None;
    }
    closes_nothing(&toks)
        .or_else(|| operand_missing(&toks))
        .or_else(|| comma_doubled(&toks))
        .or_else(|| condition_missing(&toks))
        .or_else(|| statement_restarts(&toks))
        .or_else(|| empty_last_argument(&toks))
        .or_else(|| comma_before_clause(&toks, dialect))
        .or_else(|| case_broken(&toks))
        .or_else(|| clause_order(&toks, dialect))
        .or_else(|| join_without_condition(&toks, dialect))
        .or_else(|| qualified_names_adjacent(&toks))
        .or_else(|| double_equals(&toks, dialect))
        .or_else(|| keyword_glued(&toks))
        .or_else(|| by_clause_twice(&toks))
        .or_else(|| tuples_without_comma(&toks))
        .or_else(|| keyword_split(&toks))
        .or_else(|| alias_missing(&toks))
}

/// Whether a statement's tokens start as a statement does (DuckDB's
/// `FROM t SELECT ...` too).
fn starts_as_statement(toks: &[Token], dialect: Dialect) -> bool {
    toks.first()
        .is_some_and(|t| t.is_any(VERBS) || (dialect == Dialect::Duckdb && t.is("FROM")))
}

/// `a,, b`: two commas with nothing between them, which no dialect takes.
fn comma_doubled(toks: &[Token]) -> Option<(usize, &'static str)> {
    toks.windows(2)
        .find(|w| w[0].kind == Kind::Punct(',') && w[1].kind == Kind::Punct(','))
        .map(|w| (w[1].at, "two `,` with nothing between them"))
}

/// `JOIN deals d ON` then `WHERE`: an `ON` with no condition after it.
/// (`ON` elsewhere, `GRANT ... ON`, `ON DELETE`, `ON CONFLICT`, is
/// followed by a name or its own keyword, never by a clause.)
fn condition_missing(toks: &[Token]) -> Option<(usize, &'static str)> {
    for (i, w) in toks.windows(2).enumerate() {
        if !w[0].is("ON") {
            continue;
        }
        let b = w[1];
        let join_next = |k: usize| {
            toks.get(i + k)
                .is_some_and(|t| t.is_any(&["JOIN", "OUTER"]))
        };
        let clause = b.is_any(&[
            "WHERE", "JOIN", "INNER", "CROSS", "GROUP", "ORDER", "HAVING", "LIMIT", "QUALIFY",
            "UNION",
        ]) || (b.is_any(&["LEFT", "RIGHT", "FULL"]) && join_next(2));
        // (The `ON` of a join: a `JOIN` a few tokens before it, at its
        // depth, with no `ON` between; `SET NOCOUNT ON`, `autoextend on`
        // are no join's.)
        let of_join = toks[..i]
            .iter()
            .rev()
            .filter(|t| t.depth == w[0].depth)
            .take(10)
            .take_while(|t| !t.is_any(&["ON", "USING"]) && t.kind != Kind::Punct(';'))
            .any(|t| t.is("JOIN"));
        if clause && of_join {
            return Some((b.at, "`ON` with no join condition after it"));
        }
    }
    None
}

/// A statement begun again inside itself, as when output is cut and
/// resumed: `SELECT a, b,` then `SELECT a, b, c` (a verb right after a
/// list's `,`), `INSERT INTO t (a, b)` then `INSERT INTO t ...` (an
/// `INSERT`'s column list followed by another `INSERT`), `UPDATE SET` then
/// `WHEN MATCHED` (a `SET` with no assignment).
fn statement_restarts(toks: &[Token]) -> Option<(usize, &'static str)> {
    const RESTARTED: &[&str] = &["SELECT", "INSERT", "UPDATE", "DELETE", "MERGE", "WITH"];
    for (i, w) in toks.windows(2).enumerate() {
        let (a, b) = (w[0], w[1]);
        // (`GRANT SELECT, INSERT`, a trigger's `FOR INSERT, UPDATE` list
        // verbs: a restart repeats what followed the verb the first time.)
        // (Privileges and trigger events are listed verbs: `GRANT
        // SELECT, INSERT ON`, `FOR DELETE, INSERT, UPDATE AS`.)
        let same = |x: Option<&Token>, y: Option<&Token>| {
            x.zip(y)
                .is_some_and(|(x, y)| x.kind == y.kind && x.text.eq_ignore_ascii_case(y.text))
        };
        let repeats = || {
            let next = toks.get(i + 2);
            next.is_some_and(|n| {
                n.kind == Kind::Word && !n.is_any(&["ON", "TO", "ANY", "AS", "ALL", "FROM"])
            }) && toks[..i].iter().enumerate().any(|(k, t)| {
                t.text.eq_ignore_ascii_case(b.text)
                    && t.depth == b.depth
                    && same(toks.get(k + 1), next)
                    && same(toks.get(k + 2), toks.get(i + 3))
            })
        };
        if a.kind == Kind::Punct(',') && b.is_any(RESTARTED) && b.depth == a.depth && repeats() {
            return Some((
                b.at,
                "the statement starts again after a `,`, as when output is cut and resumed",
            ));
        }
        if a.is("SET") && b.is_any(&["WHEN", "WHERE", "FROM"]) {
            return Some((b.at, "`SET` with no assignment after it"));
        }
        if a.kind == Kind::Punct(')') && b.is("INSERT") && a.depth == 0 {
            // `INSERT INTO name (` ... `)` right before.
            let open = toks[..i]
                .iter()
                .rposition(|t| t.kind == Kind::Punct('(') && t.depth == 0);
            let insert = open.and_then(|o| o.checked_sub(3)).is_some_and(|k| {
                toks[k].is("INSERT") && toks[k + 1].is("INTO") && toks[k + 2].kind == Kind::Word
            });
            if insert {
                return Some((b.at, "an `INSERT` starts again after its column list, as when output is cut and resumed"));
            }
        }
    }
    None
}

/// `SAFE_DIVIDE(conversions, )`: a call whose last argument is missing.
/// (Only a call, a name right before its `(`: a table's column list may
/// end in a `,` in T-SQL and others.)
fn empty_last_argument(toks: &[Token]) -> Option<(usize, &'static str)> {
    const NOT_CALLS: &[&str] = &[
        "VALUES",
        "IN",
        "TABLE",
        "INTO",
        "EXISTS",
        "VIEW",
        "KEY",
        "REFERENCES",
        "USING",
        "AS",
        "INDEX",
        "ON",
        "BY",
        "OVER",
        "PARTITION",
        "INCLUDE",
        "WITH",
        "STRUCT",
        "ROW",
        "TUPLE",
    ];
    for (i, w) in toks.windows(2).enumerate() {
        if w[0].kind != Kind::Punct(',') || w[1].kind != Kind::Punct(')') {
            continue;
        }
        let close = w[1];
        let Some(open) = toks[..i]
            .iter()
            .rposition(|t| t.kind == Kind::Punct('(') && t.depth == close.depth)
        else {
            continue;
        };
        let call = open.checked_sub(1).is_some_and(|n| {
            let name = toks[n];
            name.kind == Kind::Word
                && name.at + name.text.len() == toks[open].at
                && !name.is_any(NOT_CALLS)
                && n.checked_sub(1).is_none_or(|p| {
                    !toks[p].is_any(&[
                        "TABLE",
                        "INTO",
                        "EXISTS",
                        "VIEW",
                        "INDEX",
                        "ON",
                        "FUNCTION",
                        "PROCEDURE",
                        "TYPE",
                        "REFERENCES",
                        "KEY",
                        "AS",
                    ]) && toks[p].kind != Kind::Punct('.')
                })
        });
        if call {
            return Some((
                close.at,
                "a call whose last argument is missing after its `,`",
            ));
        }
    }
    None
}

/// Dialects whose select list surely takes no trailing `,` (BigQuery,
/// DuckDB, Snowflake and ClickHouse take one, Spark 4 and so Databricks
/// may, and Redshift's is not known here).
fn no_trailing_comma(dialect: Dialect) -> bool {
    matches!(
        dialect,
        Dialect::Mysql
            | Dialect::Mssql
            | Dialect::Oracle
            | Dialect::Postgres
            | Dialect::Sqlite
            | Dialect::Teradata
    )
}

/// `COUNT(*) AS n,` then `FROM`: a select list's trailing `,` in a dialect
/// that takes none.
fn comma_before_clause(toks: &[Token], dialect: Dialect) -> Option<(usize, &'static str)> {
    if !no_trailing_comma(dialect) {
        return None;
    }
    toks.windows(3)
        .find(|w| {
            w[0].kind == Kind::Punct(',')
                && (w[1].is_any(&["FROM", "WHERE", "HAVING"])
                    || (w[1].is_any(&["GROUP", "ORDER"]) && w[2].is("BY")))
                && w[1].depth == w[0].depth
        })
        .map(|w| {
            (
                w[1].at,
                "a `,` right before the next clause: a trailing comma this dialect rejects",
            )
        })
}

/// Words of English prose that are no keyword of any dialect: spliced
/// into a statement (`and also the c.opt_in = 1`, `DESC as usual`,
/// `which gives us one row per session`) they are no SQL.
const PROSE_WORDS: &[&str] = &[
    "the",
    "also",
    "course",
    "well",
    "forth",
    "usual",
    "needed",
    "gives",
    "give",
    "we",
    "our",
    "you",
    "your",
    "here",
    "which",
    "these",
    "those",
    "them",
    "they",
    "their",
    "its",
    "it",
    "keeps",
    "marks",
    "just",
    "basically",
    "additionally",
    "etc",
    "too",
    "so",
    "very",
    "really",
    "everything",
    "something",
    "anything",
    "every",
    "because",
    "would",
    "should",
    "could",
    "will",
    "can",
    "did",
    "does",
    "has",
    "have",
    "had",
    "been",
    "was",
    "were",
    "are",
    "now",
    "furthermore",
    "moreover",
    "plus",
    "makes",
    "sure",
    "gets",
    "returns",
    "compute",
    "computes",
    "us",
];

/// Prose words that mean prose on their own, standing between two
/// predicates in place of `AND` (`= 'EMEA' additionally o.channel = 'web'`).
const PROSE_ALONE: &[&str] = &[
    "also",
    "additionally",
    "furthermore",
    "moreover",
    "basically",
];

/// Where, at or right before the place `at` an engine stopped, a run of
/// words holds a word of English prose that nothing else in the statement
/// uses (not a name: names are used again), and what it is.
pub(crate) fn prose_spliced(
    code: &str,
    dialect: Dialect,
    at: usize,
) -> Option<(usize, &'static str)> {
    let toks = tokens(
        code,
        matches!(dialect, Dialect::Mssql | Dialect::Sqlite | Dialect::Generic),
    );
    if !starts_as_statement(&toks, dialect) {
        return None;
    }
    let stop = toks.iter().position(|t| t.at + t.text.len() > at)?;
    // A bare word: no part of a qualified name, no call, no parameter.
    let bare = |k: usize| {
        toks[k].kind == Kind::Word
            && !toks[k].text.starts_with(['@', '#', '$', '"', '`', '['])
            && toks.get(k + 1).is_none_or(|n| {
                !(matches!(n.kind, Kind::Punct('.') | Kind::Punct('('))
                    && n.at == toks[k].at + toks[k].text.len())
            })
            && k.checked_sub(1)
                .is_none_or(|p| toks[p].kind != Kind::Punct('.'))
    };
    let same_line = |a: usize, b: usize| !code[toks[a].at..toks[b].at].contains('\n');
    for start in [stop, stop.saturating_sub(1)] {
        if !bare(start) {
            continue;
        }
        let mut first = start;
        while first > 0 && bare(first - 1) && same_line(first - 1, first) {
            first -= 1;
        }
        let mut last = start;
        while last + 1 < toks.len() && bare(last + 1) && same_line(last, last + 1) {
            last += 1;
        }
        let run = &toks[first..=last];
        let prose = run.iter().find(|t| {
            let lower = t.text.to_ascii_lowercase();
            let shaped = t.text == lower
                || (t.text[1..] == lower[1..]
                    && t.text.starts_with(|c: char| c.is_ascii_uppercase()));
            let once = toks
                .iter()
                .filter(|o| o.text.eq_ignore_ascii_case(t.text))
                .count()
                == run
                    .iter()
                    .filter(|o| o.text.eq_ignore_ascii_case(t.text))
                    .count();
            shaped
                && once
                && PROSE_WORDS.contains(&lower.as_str())
                && !super::keywords::dialect_keywords()
                    .contains(lower.to_ascii_uppercase().as_str())
                && (run.len() >= 2 || PROSE_ALONE.contains(&lower.as_str()))
        });
        if let Some(p) = prose {
            return Some((p.at, "words of English prose inside the statement"));
        }
    }
    None
}

/// Clause keywords that output cut and resumed splits in two (`GRO UP BY`,
/// `ORD ER BY`, `UN ION ALL`, `MER GE INTO`, `PARTI TION BY`).
const SPLIT_KEYWORDS: &[&str] = &[
    "SELECT",
    "WHERE",
    "GROUP",
    "ORDER",
    "HAVING",
    "UNION",
    "MERGE",
    "PARTITION",
    "INSERT",
    "UPDATE",
    "DELETE",
    "VALUES",
    "QUALIFY",
    "DISTINCT",
    "BETWEEN",
    "EXISTS",
    "CREATE",
];

/// Two upper-case words, neither a keyword of its own, that together spell
/// a clause keyword (`GRO UP BY`): a keyword split in two.
fn keyword_split(toks: &[Token]) -> Option<(usize, &'static str)> {
    for w in toks.windows(2) {
        let (a, b) = (w[0], w[1]);
        let upper = |t: &Token| {
            t.kind == Kind::Word
                && t.text.len() >= 2
                && t.text.chars().all(|c| c.is_ascii_uppercase())
        };
        // (One blank between them, as a split leaves it.)
        if !upper(&a) || !upper(&b) || b.at != a.at + a.text.len() + 1 {
            continue;
        }
        let joined = format!("{}{}", a.text, b.text);
        let is_word = |t: &Token| t.is_any(WHOLE_WORDS);
        if SPLIT_KEYWORDS.contains(&joined.as_str()) && !is_word(&a) && !is_word(&b) {
            return Some((a.at, "a keyword split in two (`GRO UP BY`)"));
        }
    }
    None
}

/// Keywords and type names a split keyword's halves must not be (`IN TO`,
/// `UP DATE` are two words of their own).
const WHOLE_WORDS: &[&str] = &[
    "IN", "ON", "AS", "BY", "OR", "TO", "IS", "AND", "NOT", "ALL", "ANY", "SET", "END", "FOR",
    "KEY", "ROW", "USE", "ADD", "ASC", "DESC", "TOP", "OF", "AT", "IF", "NO", "DO", "GO", "LEFT",
    "RIGHT", "FULL", "JOIN", "CROSS", "INNER", "OUTER", "WITH", "CASE", "WHEN", "THEN", "ELSE",
    "NULL", "LIKE", "INTO", "FROM", "TABLE", "VIEW", "INDEX", "LIMIT", "UNIQUE", "DATE", "TIME",
    "INT", "CHAR", "TEXT", "ID",
];

/// `AS` with no alias after it: `SUM(x) AS , ...`, `AS FROM`.
fn alias_missing(toks: &[Token]) -> Option<(usize, &'static str)> {
    for w in toks.windows(2) {
        if w[0].is("AS")
            && (matches!(w[1].kind, Kind::Punct(',') | Kind::Punct(')'))
                || w[1].is_any(&["FROM", "WHERE", "GROUP", "ORDER"]))
        {
            return Some((w[1].at, "`AS` with no name after it"));
        }
    }
    None
}

/// Clause keywords a name may run into when output is cut and resumed
/// (`GROUP BY o.customer_idSELECT ...`, `p.categoryORDER BY`).
const GLUED_CLAUSES: &[&str] = &[
    "SELECT", "FROM", "WHERE", "ORDER", "GROUP", "HAVING", "LIMIT", "UNION", "JOIN",
];

/// A name that runs straight into an upper-case clause keyword
/// (`customer_idSELECT`, `categoryORDER BY`): a cut and resumed output. The
/// name before it is written in lower case, so the upper-case tail is no
/// part of it (`isSELECTed` and `LASTORDER` are left alone).
fn keyword_glued(toks: &[Token]) -> Option<(usize, &'static str)> {
    for (i, t) in toks.iter().enumerate() {
        if t.kind != Kind::Word || t.text.len() < 8 || !t.text.is_ascii() {
            continue;
        }
        for k in GLUED_CLAUSES {
            let Some(head) = t.text.strip_suffix(k) else {
                continue;
            };
            let next_ok = match *k {
                "ORDER" | "GROUP" => toks.get(i + 1).is_some_and(|n| n.is("BY")),
                _ => toks.get(i + 1).is_some_and(|n| n.kind != Kind::Punct('(')),
            };
            let lower_head = head.len() >= 3
                && head.ends_with(|c: char| c.is_ascii_lowercase() || c.is_ascii_digit())
                && head.chars().any(|c| c.is_ascii_lowercase())
                && !head.chars().any(|c| c.is_ascii_uppercase());
            if lower_head && next_ok {
                return Some((
                    t.at + head.len(),
                    "a name runs straight into a clause keyword, as when output is cut and resumed",
                ));
            }
        }
    }
    None
}

/// `GROUP BY GROUP BY`, `ORDER BY ORDER BY`: a clause written twice.
fn by_clause_twice(toks: &[Token]) -> Option<(usize, &'static str)> {
    for w in toks.windows(4) {
        if w[0].is_any(&["GROUP", "ORDER", "PARTITION"])
            && w[1].is("BY")
            && w[2].text.eq_ignore_ascii_case(w[0].text)
            && w[3].is("BY")
        {
            return Some((w[2].at, "a `... BY` clause written twice"));
        }
    }
    None
}

/// `VALUES (1, 'a')` then `(2, 'b')` with no comma between the rows.
fn tuples_without_comma(toks: &[Token]) -> Option<(usize, &'static str)> {
    let mut i = 0;
    while i < toks.len() {
        if !toks[i].is("VALUES") {
            i += 1;
            continue;
        }
        let depth = toks[i].depth;
        let mut j = i + 1;
        // Row after row: `(` ... `)` then `,` or the end of the list.
        while toks
            .get(j)
            .is_some_and(|t| t.kind == Kind::Punct('(') && t.depth == depth)
        {
            let close = toks[j + 1..]
                .iter()
                .position(|t| t.kind == Kind::Punct(')') && t.depth == depth)
                .map(|p| j + 1 + p)?;
            match toks.get(close + 1) {
                Some(n) if n.kind == Kind::Punct(',') => j = close + 2,
                Some(n) if n.kind == Kind::Punct('(') && n.depth == depth => {
                    return Some((n.at, "two `VALUES` rows with no `,` between them"));
                }
                _ => break,
            }
        }
        i = j.max(i + 1);
    }
    None
}

/// Where sqlparser's yes is refuted: what its grammar of the dialect takes
/// and the dialect's own engine rejects (a trailing comma, a join with no
/// condition, `==`), and what it is.
pub(crate) fn refuted_yes(code: &str, dialect: Dialect) -> Option<(usize, &'static str)> {
    let toks = tokens(
        code,
        matches!(dialect, Dialect::Mssql | Dialect::Sqlite | Dialect::Generic),
    );
    if let Some(at) = comma_before_close(&toks, dialect) {
        return Some((
            at,
            "a `,` right before `)`: a trailing comma this dialect rejects",
        ));
    }
    if !starts_as_statement(&toks, dialect) {
        return None;
    }
    join_without_condition(&toks, dialect)
        .or_else(|| double_equals(&toks, dialect))
        .or_else(|| comma_before_clause(&toks, dialect))
        .or_else(|| empty_last_argument(&toks))
        .or_else(|| comma_doubled(&toks))
        .or_else(|| condition_missing(&toks))
        .or_else(|| statement_restarts(&toks))
}

/// Whether [`refuted_yes`] may find anything in `text` (a cheap look at
/// the bytes, strings included).
pub(crate) fn may_refute(text: &str, dialect: Dialect) -> bool {
    let b = text.as_bytes();
    let comma = matches!(
        dialect,
        Dialect::Mysql | Dialect::Oracle | Dialect::Redshift
    ) && b.iter().enumerate().any(|(i, &c)| {
        c == b',' && b[i + 1..].iter().find(|x| !x.is_ascii_whitespace()) == Some(&b')')
    });
    let join = matches!(
        dialect,
        Dialect::Bigquery
            | Dialect::Mssql
            | Dialect::Oracle
            | Dialect::Redshift
            | Dialect::Postgres
    ) && b.windows(4).any(|w| w.eq_ignore_ascii_case(b"JOIN"));
    let equals = b.windows(2).any(|w| w == b"==");
    // (A `,` before a clause keyword or a `)`.)
    let trailing = b.iter().enumerate().any(|(i, &c)| {
        if c != b',' {
            return false;
        }
        let Some(n) = b[i + 1..].iter().position(|x| !x.is_ascii_whitespace()) else {
            return false;
        };
        let next = &b[i + 1 + n..];
        next.starts_with(b")")
            || (no_trailing_comma(dialect)
                && [&b"FROM"[..], b"WHERE", b"GROUP", b"ORDER", b"HAVING"]
                    .iter()
                    .any(|k| next.len() > k.len() && next[..k.len()].eq_ignore_ascii_case(k)))
    });
    comma || join || equals || trailing || {
        // (Breakage no dialect allows, which a looser grammar takes.)
        let toks = tokens(text, false);
        comma_doubled(&toks).is_some()
            || condition_missing(&toks).is_some()
            || statement_restarts(&toks).is_some()
    }
}

/// Where a `)` follows a `,` (`total NUMBER(10, 2),` then `)`): a list's
/// trailing comma, which MySQL, Oracle and Redshift (as PostgreSQL) reject
/// wherever it is, though sqlparser's grammars of them take it in a
/// table's column list.
fn comma_before_close(toks: &[Token], dialect: Dialect) -> Option<usize> {
    if !matches!(
        dialect,
        Dialect::Mysql | Dialect::Oracle | Dialect::Redshift
    ) {
        return None;
    }
    toks.windows(2)
        .find(|p| p[0].kind == Kind::Punct(',') && p[1].kind == Kind::Punct(')'))
        .map(|p| p[1].at)
}

/// A `)` with no `(` open before it in the statement.
fn closes_nothing(toks: &[Token]) -> Option<(usize, &'static str)> {
    toks.iter()
        .find(|t| matches!(t.kind, Kind::Punct(')' | ']' | '}')) && t.depth < 0)
        .map(|t| (t.at, "a `)` that closes no `(`"))
}

/// Words that cannot be an operand: a clause or a connective.
const NOT_OPERANDS: &[&str] = &[
    "AND", "OR", "THEN", "WHERE", "FROM", "GROUP", "ORDER", "HAVING", "WHEN", "ELSE", "END",
    "LIMIT",
];

/// `amount > AND`, `s.updated_at > THEN`, `WHERE AND`: a comparison or a
/// connective with nothing on its right.
fn operand_missing(toks: &[Token]) -> Option<(usize, &'static str)> {
    for pair in toks.windows(2) {
        let (a, b) = (pair[0], pair[1]);
        let comparison = a.kind == Kind::Operator
            && matches!(a.text, "=" | "==" | "<>" | "!=" | "<" | ">" | "<=" | ">=");
        // (A `>` or `<` before `;` may close or open a type's parameters
        // over several lines: `STRUCT<\n a INT64\n>;`.)
        let stops =
            b.is_any(NOT_OPERANDS) || (b.kind == Kind::Punct(';') && !matches!(a.text, "<" | ">"));
        // (`Quantity = ,`: not `>` or `<`, which close a type's
        // parameters: `MAP<STRING, ARRAY<INT64>>,`.)
        let list_goes_on = matches!(b.kind, Kind::Punct(',') | Kind::Punct(')'))
            && matches!(a.text, "=" | "<>" | "!=" | "<=" | ">=");
        if comparison && (stops || list_goes_on) {
            return Some((b.at, "a comparison with no right operand"));
        }
        // `now() - AND`: arithmetic with nothing on its right.
        // (Not `/`: SQL*Plus runs a block with a `/` line.)
        // (Not before `,`: `PATTERN (S4+, S5*)` in MATCH_RECOGNIZE.)
        if matches!(a.kind, Kind::Punct('-') | Kind::Punct('+')) && b.is_any(NOT_OPERANDS) {
            return Some((b.at, "an arithmetic operator with no right operand"));
        }
        let connective = a.is_any(&["AND", "OR"]);
        if connective
            && (b.is_any(&["AND", "OR", "THEN", "WHERE", "END"]) || b.kind == Kind::Punct(';'))
        {
            return Some((b.at, "`AND`/`OR` with no right operand"));
        }
        if a.is_any(&["WHERE", "HAVING"]) && b.is_any(&["AND", "OR"]) {
            return Some((b.at, "`AND`/`OR` with no left operand"));
        }
    }
    None
}

/// Words that begin a statement inside a routine: after `THEN` or `ELSE`,
/// they make a `CASE` a statement (PL/SQL, MySQL, Snowflake scripting),
/// whose branches hold statements, not expressions.
const STATEMENT_WORDS: &[&str] = &[
    "SELECT",
    "INSERT",
    "UPDATE",
    "DELETE",
    "MERGE",
    "SET",
    "CALL",
    "RETURN",
    "RAISE",
    "SIGNAL",
    "LEAVE",
    "ITERATE",
    "EXECUTE",
    "EXEC",
    "BEGIN",
    "IF",
    "LET",
    "DBMS_OUTPUT",
    "PRINT",
    "DECLARE",
    "OPEN",
    "FETCH",
    "CLOSE",
    "COMMIT",
    "ROLLBACK",
    "CONTINUE",
    "EXIT",
    "NULL",
];

/// A `CASE` expression that runs into what follows it: after its `ELSE`, a
/// `,`, `AS`, `INTO` or `FROM` at its own depth before any `END` (`ELSE
/// 'deep' AS depth_bucket`); or a `WHEN` whose `THEN` never comes before
/// the next `WHEN`, `ELSE` or `END`.
fn case_broken(toks: &[Token]) -> Option<(usize, &'static str)> {
    struct Open {
        depth: i32,
        after_else: bool,
        /// Inside a `WHEN` still waiting for its `THEN`.
        when: bool,
        statement: bool,
    }
    let mut stack: Vec<Open> = Vec::new();
    for (i, t) in toks.iter().enumerate() {
        while stack.last().is_some_and(|o| t.depth < o.depth) {
            stack.pop();
        }
        if t.is("CASE") {
            // `END CASE` closes a CASE statement.
            if i > 0 && toks[i - 1].is("END") {
                continue;
            }
            stack.push(Open {
                depth: t.depth,
                after_else: false,
                when: false,
                statement: false,
            });
            continue;
        }
        let Some(open) = stack.last_mut() else {
            continue;
        };
        if t.depth != open.depth {
            continue;
        }
        let next = toks.get(i + 1);
        if t.is("END") {
            if open.when && !open.statement {
                return Some((t.at, "a `WHEN` of this `CASE` has no `THEN`"));
            }
            stack.pop();
            continue;
        }
        if t.kind == Kind::Punct(';') {
            open.statement = true;
            continue;
        }
        let opens_statement = next
            .is_some_and(|n| n.is_any(STATEMENT_WORDS) || n.kind == Kind::Punct(';'))
            || toks
                .get(i + 2)
                .is_some_and(|n| n.kind == Kind::Punct(':') || n.text == ":=");
        if t.is_any(&["THEN", "ELSE"]) && opens_statement {
            open.statement = true;
        }
        if t.is("THEN") {
            open.when = false;
            continue;
        }
        if t.is_any(&["WHEN", "ELSE"]) {
            if open.when && !open.statement {
                return Some((t.at, "a `WHEN` of this `CASE` has no `THEN`"));
            }
            open.when = t.is("WHEN");
            if t.is("ELSE") {
                open.after_else = true;
            }
            continue;
        }
        if open.after_else
            && !open.statement
            && (t.kind == Kind::Punct(',') || t.is_any(&["AS", "INTO", "FROM"]))
        {
            return Some((t.at, "a `CASE` with no `END` after its `ELSE`"));
        }
    }
    None
}

/// Words that begin another block of clauses at the same depth.
const CLAUSES_RESET: &[&str] = &[
    "SELECT",
    "UNION",
    "INTERSECT",
    "EXCEPT",
    "MINUS",
    "ON",
    "DO",
    "SET",
    "WHEN",
    "INSERT",
    "UPDATE",
    "DELETE",
    "MERGE",
    "VALUES",
    "WITH",
    "BEGIN",
    "END",
    "IF",
    "ELSE",
    "WHILE",
    "RETURN",
    "DECLARE",
    "CREATE",
    "ALTER",
    "DROP",
    "EXEC",
    "EXECUTE",
    "OPEN",
    "FETCH",
    "PRINT",
    "CALL",
];

/// `GROUP BY c.name WHERE ...`: `WHERE` after the `GROUP BY` or `HAVING` of
/// the same query, or `GROUP BY` after its `HAVING` (which Oracle and SQLite
/// take in either order).
fn clause_order(toks: &[Token], dialect: Dialect) -> Option<(usize, &'static str)> {
    // depth -> (GROUP BY seen, HAVING seen)
    let mut seen: Vec<(i32, bool, bool)> = Vec::new();
    // depth -> the last of `ORDER BY` and `LIMIT` seen in the query there
    let mut late: Vec<(i32, &str)> = Vec::new();
    // depths where a `SELECT` began the current query
    let mut selecting: Vec<i32> = Vec::new();
    for (i, t) in toks.iter().enumerate() {
        seen.retain(|s| s.0 <= t.depth);
        late.retain(|s| s.0 <= t.depth);
        selecting.retain(|d| *d <= t.depth);
        if t.kind == Kind::Punct(';') || t.is_any(CLAUSES_RESET) {
            seen.retain(|s| s.0 != t.depth);
            late.retain(|s| s.0 != t.depth);
            selecting.retain(|d| *d != t.depth);
            if t.is("SELECT") {
                selecting.push(t.depth);
            }
            continue;
        }
        let group_by = t.is("GROUP") && toks.get(i + 1).is_some_and(|n| n.is("BY"));
        let order_by = t.is("ORDER") && toks.get(i + 1).is_some_and(|n| n.is("BY"));
        // After a query's `ORDER BY` or `LIMIT`, none of the clauses before
        // them (`LIMIT 500 ORDER BY ...`, `ORDER BY x WHERE ...`).
        // (ClickHouse's `LIMIT 1 BY x` comes before its `ORDER BY`.)
        if t.is("LIMIT") && !toks.get(i + 2).is_some_and(|n| n.is("BY")) {
            late.retain(|l| l.0 != t.depth);
            late.push((t.depth, "LIMIT"));
            continue;
        }
        if let Some(l) = late.iter().find(|l| l.0 == t.depth) {
            let early = t.is("WHERE") || group_by || t.is("HAVING") || (order_by && l.1 == "LIMIT");
            if early && selecting.contains(&t.depth) {
                return Some((
                    t.at,
                    if l.1 == "LIMIT" {
                        "a clause after the query's `LIMIT`, which ends it"
                    } else {
                        "a clause after the query's `ORDER BY`, which comes last but `LIMIT`"
                    },
                ));
            }
        }
        if order_by {
            late.retain(|l| l.0 != t.depth);
            late.push((t.depth, "ORDER BY"));
        }
        let at = seen.iter().position(|s| s.0 == t.depth);
        if t.is("WHERE") {
            if let Some(s) = at.map(|p| seen[p]) {
                if s.1 || s.2 {
                    return Some((t.at, "`WHERE` after the query's `GROUP BY` or `HAVING`"));
                }
            }
        } else if group_by {
            if let Some(s) = at.map(|p| seen[p]) {
                if s.2 && !matches!(dialect, Dialect::Oracle | Dialect::Sqlite) {
                    return Some((t.at, "`GROUP BY` after the query's `HAVING`"));
                }
            }
            match at {
                Some(p) => seen[p].1 = true,
                None => seen.push((t.depth, true, false)),
            }
        } else if t.is("HAVING") {
            match at {
                Some(p) => seen[p].2 = true,
                None => seen.push((t.depth, false, true)),
            }
        }
    }
    None
}

/// A qualified join (`JOIN`, `INNER JOIN`, `LEFT JOIN`, ...) with no `ON`
/// or `USING`, in a dialect where that is an error (BigQuery, T-SQL,
/// Oracle, Redshift, PostgreSQL: MySQL, SQLite, Snowflake and Spark read
/// it as a cross join): the joins of one `FROM` outnumber its conditions.
fn join_without_condition(toks: &[Token], dialect: Dialect) -> Option<(usize, &'static str)> {
    if !matches!(
        dialect,
        Dialect::Bigquery
            | Dialect::Mssql
            | Dialect::Oracle
            | Dialect::Redshift
            | Dialect::Postgres
    ) {
        return None;
    }
    let ends = [
        "WHERE",
        "GROUP",
        "ORDER",
        "HAVING",
        "QUALIFY",
        "WINDOW",
        "LIMIT",
        "UNION",
        "INTERSECT",
        "EXCEPT",
        "MINUS",
        "FETCH",
        "OFFSET",
        "SELECT",
        "SET",
        "WHEN",
        "PIVOT",
        "UNPIVOT",
        "OPTION",
        "CONNECT",
        "START",
        "MODEL",
        "RETURNING",
        "OUTPUT",
    ];
    let mut i = 0;
    while i < toks.len() {
        if !toks[i].is("FROM") {
            i += 1;
            continue;
        }
        let depth = toks[i].depth;
        let mut joins: Vec<usize> = Vec::new();
        let mut conditions = 0usize;
        let mut j = i + 1;
        let mut ended_by_clause = false;
        while j < toks.len() {
            let t = toks[j];
            if t.depth < depth || (t.depth == depth && t.kind == Kind::Punct(';')) {
                break;
            }
            if t.depth == depth {
                if t.is_any(&ends) {
                    ended_by_clause = true;
                    break;
                }
                if t.is("JOIN") {
                    let before = j.checked_sub(1).map(|p| toks[p]);
                    let after = toks.get(j + 1);
                    let no_condition = before.is_some_and(|b| {
                        b.is_any(&["CROSS", "NATURAL", "ARRAY", "POSITIONAL", "FOR", "ASOF"])
                    }) || after.is_some_and(|a| {
                        a.is_any(&["UNNEST", "LATERAL", "TABLE", "FLATTEN", "OPENJSON"])
                    })
                        // (BigQuery's correlated join of an array path,
                        // `FROM orders AS o JOIN o.items AS i`: the path
                        // starts at a name the FROM already has.)
                        || after.is_some_and(|a| {
                            toks.get(j + 2).is_some_and(|d| d.kind == Kind::Punct('.'))
                                && (i + 1..j).any(|w| {
                                    toks[w].kind == Kind::Word
                                        && toks[w].text.eq_ignore_ascii_case(a.text)
                                        && toks[w - 1].kind != Kind::Punct('.')
                                        && toks[w + 1].kind != Kind::Punct('.')
                                })
                        });
                    if !no_condition {
                        joins.push(t.at);
                    }
                }
                if t.is_any(&["ON", "USING"]) {
                    conditions += 1;
                }
            }
            j += 1;
        }
        // (Only a `FROM` that a clause ends: the rest of a statement the
        // splitter cut short says nothing.)
        if ended_by_clause && joins.len() > conditions {
            return Some((
                joins[conditions],
                "a join with no `ON` or `USING` condition",
            ));
        }
        i = j.max(i + 1);
    }
    None
}

/// `s.plan_code s.renewal_date`: two qualified names in a select list
/// with only blanks between them (an alias is never qualified): a comma
/// left out. (Elsewhere two names may follow each other: Snowflake's
/// `CREATE OR REPLACE snowflake.ml.classifier my.model()`.)
fn qualified_names_adjacent(toks: &[Token]) -> Option<(usize, &'static str)> {
    // The end of a qualified name starting at `i` (`a.b`, `a.b.c`), if it
    // is one.
    let qualified = |i: usize| -> Option<usize> {
        let mut j = i;
        let mut parts = 1;
        if toks.get(j)?.kind != Kind::Word {
            return None;
        }
        while toks.get(j + 1).is_some_and(|t| t.kind == Kind::Punct('.'))
            && toks.get(j + 2).is_some_and(|t| t.kind == Kind::Word)
            && toks[j + 1].at == toks[j].at + toks[j].text.len()
            && toks[j + 2].at == toks[j + 1].at + 1
        {
            j += 2;
            parts += 1;
        }
        (parts >= 2).then_some(j)
    };
    let list_ends = [
        "FROM",
        "INTO",
        "WHERE",
        "GROUP",
        "ORDER",
        "HAVING",
        "UNION",
        "LIMIT",
        "QUALIFY",
        "WINDOW",
        "EXCEPT",
        "INTERSECT",
        "MINUS",
    ];
    for (s, select) in toks.iter().enumerate() {
        if !select.is("SELECT") {
            continue;
        }
        let depth = select.depth;
        let mut i = s + 1;
        while i < toks.len() {
            let t = toks[i];
            if t.depth < depth
                || (t.depth == depth && (t.is_any(&list_ends) || t.kind == Kind::Punct(';')))
            {
                break;
            }
            let starts = t.depth == depth
                && !matches!(toks[i - 1].kind, Kind::Punct('.') | Kind::Punct(':'));
            match qualified(i).filter(|_| starts) {
                Some(end) => {
                    let gap_start = toks[end].at + toks[end].text.len();
                    if let Some(second) = toks.get(end + 1) {
                        if second.depth == depth
                            && second.at > gap_start
                            && qualified(end + 1).is_some()
                        {
                            return Some((
                                second.at,
                                "two qualified names with no `,` between them",
                            ));
                        }
                    }
                    i = end + 1;
                }
                None => i += 1,
            }
        }
    }
    None
}

/// `==` where the dialect has only `=` (BigQuery, MySQL, T-SQL, Oracle,
/// Redshift, PostgreSQL; SQLite, DuckDB, Spark and ClickHouse take both).
fn double_equals(toks: &[Token], dialect: Dialect) -> Option<(usize, &'static str)> {
    if !matches!(
        dialect,
        Dialect::Bigquery
            | Dialect::Mysql
            | Dialect::Mssql
            | Dialect::Oracle
            | Dialect::Redshift
            | Dialect::Postgres
    ) {
        return None;
    }
    let operand = |t: &Token| matches!(t.kind, Kind::Word | Kind::Number | Kind::Punct(')' | '('));
    toks.windows(3)
        .find(|w| {
            w[1].kind == Kind::Operator && w[1].text == "==" && operand(&w[0]) && operand(&w[2])
        })
        .map(|w| {
            (
                w[1].at,
                "`==`, which this dialect does not have (`=` compares)",
            )
        })
}

/// Where a quote opened that swallows what follows it: the first
/// multi-line string of `regions` (strings and comments of the file, sorted)
/// inside `span` whose closing quote runs straight into a word (`'email;`
/// ... `SET priority = 'high'` reads `high` as code after a string from
/// `'email;` to the quote meant to open `'high'`). No valid SQL closes a
/// string right against a word. The opener and the closing quote.
pub(crate) fn swallowing_string(
    text: &str,
    regions: &[crate::analysis::Region],
    span: crate::diagnostic::Span,
) -> Option<(usize, usize)> {
    let bytes = text.as_bytes();
    regions
        .iter()
        .filter(|r| r.kind == crate::analysis::RegionKind::String)
        .filter(|r| span.start <= r.span.start && r.span.end <= span.end)
        .filter(|r| r.span.end >= r.span.start + 2 && bytes[r.span.start] == b'\'')
        .filter(|r| bytes[r.span.end - 1] == b'\'')
        .find(|r| {
            text[r.span.start..r.span.end].contains('\n')
                && bytes
                    .get(r.span.end)
                    .is_some_and(|b| b.is_ascii_alphanumeric() || *b == b'_')
        })
        .map(|r| (r.span.start, r.span.end - 1))
}

/// Which `(` of a statement that ends at its `;` with brackets still open
/// was meant to close on its own line: the last bracket a line leaves open
/// when the line does not end with it and the next line is not indented
/// deeper (`COALESCE(SUM(x), 0 AS total,` then a line at the same depth).
/// An offset in `code` (the statement's code, strings and comments blanked).
pub(crate) fn unclosed_on_its_line(code: &str) -> Option<usize> {
    let indent = |l: &str| l.len() - l.trim_start().len();
    let lines: Vec<(usize, &str)> = code
        .split_inclusive('\n')
        .scan(0, |at, l| {
            let start = *at;
            *at += l.len();
            Some((start, l.trim_end_matches(['\n', '\r'])))
        })
        .collect();
    for (i, (start, line)) in lines.iter().enumerate() {
        let mut open: Vec<usize> = Vec::new();
        for (j, b) in line.bytes().enumerate() {
            match b {
                b'(' => open.push(start + j),
                b')' => {
                    open.pop();
                }
                _ => {}
            }
        }
        let Some(&last) = open.last() else { continue };
        if line.trim_end().ends_with('(') {
            continue;
        }
        let next = lines[i + 1..].iter().find(|(_, l)| !l.trim().is_empty());
        if next.is_some_and(|(_, l)| indent(l) <= indent(line)) {
            return Some(last);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn broken(sql: &str, d: Dialect) -> Option<&'static str> {
        broken_tokens(sql, d).map(|(_, what)| what)
    }

    #[test]
    fn breakage_of_every_kind_is_found() {
        let d = Dialect::Snowflake;
        assert!(broken("SELECT a FROM t WHERE x > AND y = 1", d).is_some());
        assert!(broken(
            "MERGE INTO t USING s ON t.id = s.id WHEN MATCHED AND s.u > THEN UPDATE SET a = 1",
            d
        )
        .is_some());
        assert!(broken("SELECT CASE WHEN a = 1 THEN 'x' ELSE 'y' AS b, c FROM t", d).is_some());
        assert!(broken(
            "SELECT CASE WHEN a = 0 'dormant' ELSE 'active' END AS s FROM t",
            d
        )
        .is_some());
        assert!(broken("SELECT a, SUM(b) FROM t GROUP BY a WHERE b > 0", d).is_some());
        assert!(broken("SELECT SUM(x)) FROM t", d).is_some());
        assert!(broken("SELECT s.plan_code s.renewal_date FROM s", d).is_some());
        assert!(broken("SELECT a FROM t JOIN u WHERE t.x = u.x", Dialect::Bigquery).is_some());
        assert!(broken(
            "SELECT 1 FROM s.a x JOIN s.b y ON x.i = y.i JOIN s.c z WHERE x.k = 1",
            Dialect::Redshift
        )
        .is_some());
        assert!(broken("SELECT a FROM t WHERE a == 1", Dialect::Mysql).is_some());
        assert!(broken("SELECT a, (SELECT x.a y.b FROM x) FROM t", d).is_some());
        assert!(broken("SELECT a, COUNT(*) FROM t GRO UP BY a", d).is_some());
        assert!(broken("SELECT a FROM t UN ION ALL SELECT b FROM u", d).is_some());
        assert!(broken("SELECT SUM(x) AS , a FROM t", d).is_some());
    }

    #[test]
    fn split_and_alias_look_alikes_are_not_broken() {
        for sql in [
            "INSERT IN TO t VALUES (1)",
            "SELECT a AS b, CAST(c AS INT) FROM t",
            "SELECT ID FROM t ORDER BY ID",
            "SELECT A B FROM t",
        ] {
            assert!(
                keyword_split(&tokens(sql, false)).is_none()
                    && alias_missing(&tokens(sql, false)).is_none(),
                "{sql}"
            );
        }
    }

    #[test]
    fn valid_look_alikes_are_not_broken() {
        let d = Dialect::Snowflake;
        for sql in [
            "SELECT LISTAGG(x, ',') WITHIN GROUP (ORDER BY x) FROM t WHERE y = 1",
            "INSERT INTO t SELECT a, COUNT(*) FROM s GROUP BY a ON CONFLICT (a) DO UPDATE SET n = 1 WHERE t.n < 2",
            "SELECT CASE WHEN a = 1 THEN 'x' ELSE 'y' END AS b, c FROM t",
            "SELECT a FROM t JOIN u WHERE t.x = u.x",
            "SELECT t.a AS x, u.b FROM t JOIN u ON t.id = u.id",
            "CREATE TRIGGER tr AFTER INSERT ON t WHEN new.a > 0 BEGIN UPDATE u SET b = 1; END",
            "CASE WHEN x THEN SELECT a, b INTO v1, v2 FROM t; ELSE SELECT c, d INTO v1, v2 FROM u; END CASE",
            "SELECT * FROM t, UNNEST(t.items) AS i JOIN UNNEST(i.tags) AS g",
            "SELECT * FROM orders AS o JOIN o.items AS i WHERE i.n > 1",
            "SELECT ARRAY<STRUCT<a INT64>>[] AS x, MAP<STRING, INT>() FROM t",
            "SELECT a FROM t WHERE a = 1 GROUP BY a HAVING COUNT(*) > 1 ORDER BY a",
            "SELECT f(x => 1) FROM t",
            "CREATE OR REPLACE snowflake.ml.classifier my.model()",
            "SELECT t.a AS x FROM s.t t JOIN s.u u ON t.id = u.id",
        ] {
            assert_eq!(broken(sql, d), None, "{sql}");
        }
        assert_eq!(
            broken("SELECT a FROM t WHERE a == 1", Dialect::Sqlite),
            None
        );
        assert_eq!(
            broken(
                "SELECT a FROM t JOIN u ON t.x = u.x JOIN v USING (y) WHERE 1 = 1",
                Dialect::Bigquery
            ),
            None
        );
    }

    #[test]
    fn a_string_closed_against_a_word_swallowed_the_code_before_it() {
        let text = "UPDATE t SET a = 1 WHERE c = 'x;\n\nUPDATE u SET p = 'high'\nWHERE d = 2;\n";
        let script = super::super::splitter::split(text, Dialect::Mysql);
        let last = script.statements.last().unwrap();
        let (open, close) = swallowing_string(text, &script.regions, last.span).unwrap();
        assert_eq!(&text[open..open + 2], "'x");
        assert_eq!(&text[close..close + 5], "'high");
        // A multi-line string that closes before a space or `::` is fine.
        for ok in [
            "SELECT 'a\nb' AS t, 'c' FROM x;",
            "SELECT 'a\nb'::text FROM x;",
            "COMMENT ON TABLE t IS 'two\nlines';",
        ] {
            let script = super::super::splitter::split(ok, Dialect::Postgres);
            let span = script.statements[0].span;
            assert_eq!(swallowing_string(ok, &script.regions, span), None, "{ok}");
        }
    }

    #[test]
    fn the_bracket_meant_to_close_on_its_line_is_named() {
        let code = "SELECT a,\n       COALESCE(SUM(b), 0 AS total,\n       MAX(c) AS m\nFROM t;";
        let at = unclosed_on_its_line(code).unwrap();
        assert!(code[at..].starts_with("(SUM"), "{}", &code[at..]);
        // A bracket that ends its line, or whose next line is indented
        // deeper, is meant to span lines.
        assert_eq!(
            unclosed_on_its_line("SELECT a FROM (\nSELECT 1\n) s;"),
            None
        );
        assert_eq!(
            unclosed_on_its_line("SELECT f(a,\n         b) FROM t;"),
            None
        );
    }
}
