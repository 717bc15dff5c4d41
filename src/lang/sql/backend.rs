//! SQL's backend: the verdict is the dialect's engines (see the module
//! above); this file says what the rules and the classifier need from it.

use std::path::Path;

use super::keywords::{DDL_TELLS, DEFINED_KINDS, NEEDS_MORE};
use super::{analyze_script, split, Dialect};
use crate::analysis::Analysis;
use crate::lang::{starts_word, Backend, FileContext, LineTell};
use crate::language::Language;

/// The SQL backend (the registry's entry).
pub struct Sql;

pub static BACKEND: Sql = Sql;

/// The dialect a SQL file is checked with: the user's choice, else what its
/// extension implies (`grammars/sql/language.toml`), else `generic`.
pub fn resolve_dialect(path: &str, chosen: Option<Dialect>) -> Dialect {
    chosen
        .or_else(|| implied_dialect(path))
        .unwrap_or(Dialect::Generic)
}

/// The dialect a file's extension names (`.pgsql`), if any.
fn implied_dialect(path: &str) -> Option<Dialect> {
    let ext = Path::new(path).extension()?.to_str()?.to_ascii_lowercase();
    let name = Language::Sql.spec().dialect_by_extension.get(&ext)?;
    Dialect::from_name(name)
}

impl Backend for Sql {
    fn analyze(&self, text: &str, ctx: &FileContext<'_>) -> Analysis {
        let project = ctx.dir.and_then(super::dbt::project_of);
        let dialect = ctx
            .dialect
            .or_else(|| implied_dialect(ctx.path))
            .or_else(|| project.as_ref().and_then(|p| p.dialect))
            .unwrap_or(Dialect::Generic);
        super::analyze_in(text, dialect, project.as_deref().zip(ctx.dir))
    }

    fn rejection(&self, text: &str) -> (f32, String) {
        let script = split(text, Dialect::Generic);
        let total = script.statements.len().max(1);
        let a = analyze_script(text, &script, Dialect::Generic);
        // A statement no engine here knows counts against SQL (Python's
        // `import os` is one), unless it opens with a statement verb that
        // SQL alone writes so (`CREATE OR REPLACE PIPE`, `CREATE OR ALTER
        // PROCEDURE`: dialect syntax the engines lack).
        let bad = a
            .rejected
            .iter()
            .filter(|r| {
                !a.unverified
                    .iter()
                    .any(|u| r.start <= u.span.start && u.span.start < r.end)
                    || !SQL_ONLY_OPENINGS
                        .iter()
                        .any(|o| starts_word(text[r.start..r.end].trim_start(), o))
            })
            .count();
        let note = format!(
            "{} of {total} statements parse as SQL",
            total.saturating_sub(bad)
        );
        (bad as f32 / total as f32, note)
    }

    fn is_keyword(&self, word: &str) -> bool {
        let upper = word.to_ascii_uppercase();
        sqlparser::keywords::ALL_KEYWORDS.contains(&upper.as_str())
    }

    /// `*` ends `BigQuery`'s `x.y*`, `/` ends Oracle scripts: neither dangles.
    fn dangling_end(&self, body: &str) -> Option<String> {
        let last = body.chars().next_back()?;
        // `<name, type, default>` (an SSMS template parameter) closes.
        let template_parameter = last == '>'
            && body
                .lines()
                .last()
                .and_then(|l| l.rfind('<').map(|p| &l[p..]))
                .is_some_and(|t| t.matches(',').count() == 2);
        if matches!(last, ',' | '+' | '-' | '=' | '|' | '&' | '<' | '>') && !template_parameter {
            return Some(format!("`{last}`"));
        }
        let word: String = body
            .chars()
            .rev()
            .take_while(|c| c.is_ascii_alphabetic())
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect();
        let upper = word.to_ascii_uppercase();
        let before = body[..body.len() - word.len()].chars().next_back();
        (NEEDS_MORE.contains(&upper.as_str())
            && before.is_none_or(|c| !c.is_alphanumeric() && c != '_'))
        .then(|| format!("`{word}`"))
    }

    fn queries(&self) -> &'static [(&'static str, &'static str)] {
        &[(
            "definitions",
            include_str!("../../../grammars/sql/queries/definitions.scm"),
        )]
    }

    /// Statement by statement: one broken statement does not hide the
    /// definitions of the others.
    fn definition_units(&self, text: &str) -> Option<(String, Vec<std::ops::Range<usize>>)> {
        let script = split(text, Dialect::Generic);
        let ranges = script
            .statements
            .iter()
            .map(|s| s.span.start..s.span.end)
            .collect();
        Some((script.masked, ranges))
    }

    /// `CREATE [OR REPLACE] [modifiers] KIND [IF NOT EXISTS] name`.
    fn lexical_definition(&self, stmt: &str) -> Option<(String, String, usize)> {
        let trimmed = stmt.trim_start();
        let mut offset = stmt.len() - trimmed.len();
        // Skip leading comments.
        let mut s = trimmed;
        while let Some(rest) = s.strip_prefix("--") {
            let nl = rest.find('\n').map_or(rest.len(), |p| p + 1);
            offset += 2 + nl;
            s = &rest[nl..];
            let t = s.trim_start();
            offset += s.len() - t.len();
            s = t;
        }
        let words: Vec<&str> = s.split_whitespace().take(12).collect();
        if !words.first()?.eq_ignore_ascii_case("CREATE") {
            return None;
        }
        let mut i = 1;
        while i < words.len()
            && !DEFINED_KINDS
                .iter()
                .any(|k| words[i].eq_ignore_ascii_case(k))
        {
            i += 1;
        }
        let kind = words.get(i)?.to_ascii_lowercase();
        let mut j = i + 1;
        if words.get(j).is_some_and(|w| w.eq_ignore_ascii_case("IF")) {
            j += 3;
        }
        let raw = words.get(j)?;
        let name: String = raw
            .split('(')
            .next()
            .unwrap_or(raw)
            .trim_matches(|c| c == '"' || c == '`' || c == '[' || c == ']' || c == ';')
            .to_string();
        if name.is_empty() {
            return None;
        }
        let kind = if kind == "macro" {
            "function".into()
        } else {
            kind
        };
        Some((kind, name, offset))
    }
}

/// Lines only SQL writes.
pub fn tells(_raw: &str, t: &str, out: &mut Vec<LineTell>) {
    if DDL_TELLS.iter().any(|k| starts_word(t, k)) {
        out.push(("SQL DDL (`CREATE`/`ALTER`/`DROP`)", 3));
    }
    if starts_word(t, "INSERT INTO")
        || starts_word(t, "DELETE FROM")
        || (starts_word(t, "UPDATE") && t.to_ascii_uppercase().contains(" SET "))
    {
        out.push(("a SQL `INSERT`/`UPDATE`/`DELETE`", 3));
    }
    if starts_word(t, "SELECT")
        && (t.to_ascii_uppercase().contains(" FROM ") || t.ends_with(',') || t.len() == 6)
    {
        out.push(("a SQL `SELECT`", 2));
    }
    if [
        "FROM",
        "WHERE",
        "GROUP BY",
        "ORDER BY",
        "LEFT JOIN",
        "INNER JOIN",
        "JOIN",
        "HAVING",
    ]
    .iter()
    .any(|k| starts_word(t, k))
        && t.split_whitespace()
            .next()
            .is_some_and(|w| w.chars().all(|c| c.is_ascii_uppercase()))
    {
        out.push(("a SQL clause", 1));
    }
    if t.starts_with("-- ") {
        out.push(("a `--` comment", 1));
    }
    // SQLite's `PRAGMA foreign_keys = ON;`.
    if starts_word(t, "PRAGMA") && t.ends_with(';') {
        out.push(("a SQLite `PRAGMA`", 3));
    }
    // A column definition: `id INTEGER PRIMARY KEY,`, `title TEXT NOT NULL,`.
    let mut words = t.split_whitespace();
    if let (Some(name), Some(ty)) = (words.next(), words.next()) {
        let ty_word = ty
            .split('(')
            .next()
            .unwrap_or(ty)
            .trim_end_matches(',')
            .to_ascii_uppercase();
        let upper = t.to_ascii_uppercase();
        // (In capitals or, as Supabase and Rails write it, in lower case:
        // `username text unique not null,`.)
        if name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '"' || c == '`')
            && COLUMN_TYPES.contains(&ty_word.as_str())
            && (t.ends_with(',') || upper.contains(" NOT NULL") || upper.contains(" PRIMARY KEY"))
        {
            out.push(("a SQL column definition", 1));
        }
    }
    // `  (2, 'editor'),`, `('ada@example.com', 'Ada', 1);`: a `VALUES` row.
    if t.starts_with('(')
        && (t.ends_with("),") || t.ends_with(");"))
        && t.contains(", ")
        && (t.contains('\'') || t[1..].starts_with(|c: char| c.is_ascii_digit()))
    {
        out.push(("a SQL `VALUES` row", 1));
    }
}

/// How statements open that no other language opens so, for
/// [`Sql::rejection`]: a verb and the word after it.
const SQL_ONLY_OPENINGS: &[&str] = &[
    "CREATE OR REPLACE",
    "CREATE OR ALTER",
    "CREATE TABLE",
    "CREATE VIEW",
    "CREATE PROCEDURE",
    "CREATE FUNCTION",
    "CREATE INDEX",
    "ALTER TABLE",
    "DROP TABLE",
    "INSERT INTO",
    "DELETE FROM",
];

/// Column types, in capitals as SQL is written, for [`tells`].
const COLUMN_TYPES: &[&str] = &[
    "INTEGER",
    "INT",
    "BIGINT",
    "SMALLINT",
    "SERIAL",
    "BIGSERIAL",
    "TEXT",
    "VARCHAR",
    "NVARCHAR",
    "CHAR",
    "BOOLEAN",
    "TIMESTAMP",
    "TIMESTAMPTZ",
    "DATETIME",
    "DATE",
    "NUMERIC",
    "DECIMAL",
    "UUID",
    "JSONB",
    "REAL",
    "BLOB",
    "FLOAT",
    "DOUBLE",
];
