//! The SQL keyword lists, in one place.

/// Keywords every engine here understands: an error at one of them is an
/// error in the text, not a gap in an engine.
pub(crate) const CORE_KEYWORDS: &[&str] = &[
    "ALL",
    "ALTER",
    "AND",
    "AS",
    "ASC",
    "BETWEEN",
    "BY",
    "CASE",
    "CHECK",
    "COLUMN",
    "CONSTRAINT",
    "CREATE",
    "CROSS",
    "DEFAULT",
    "DELETE",
    "DESC",
    "DISTINCT",
    "DROP",
    "ELSE",
    "END",
    "EXISTS",
    "FOREIGN",
    "FROM",
    "FULL",
    "GROUP",
    "HAVING",
    "IN",
    "INDEX",
    "INNER",
    "INSERT",
    "INTO",
    "IS",
    "JOIN",
    "KEY",
    "LEFT",
    "LIKE",
    "NOT",
    "NULL",
    "ON",
    "OR",
    "ORDER",
    "OUTER",
    "PRIMARY",
    "REFERENCES",
    "RIGHT",
    "SELECT",
    "SET",
    "TABLE",
    "THEN",
    "UNION",
    "UNIQUE",
    "UPDATE",
    "VALUES",
    "VIEW",
    "WHEN",
    "WHERE",
    "WITH",
];

pub(crate) fn dialect_keywords() -> &'static std::collections::HashSet<&'static str> {
    static WORDS: std::sync::OnceLock<std::collections::HashSet<&'static str>> =
        std::sync::OnceLock::new();
    WORDS.get_or_init(|| {
        curated_keywords()
            .iter()
            .copied()
            .chain(sqlparser::keywords::ALL_KEYWORDS.iter().copied())
            .collect()
    })
}

/// The curated dialect keywords (`grammars/sql/dialect-keywords.txt`).
pub(crate) fn curated_keywords() -> &'static std::collections::HashSet<&'static str> {
    static WORDS: std::sync::OnceLock<std::collections::HashSet<&'static str>> =
        std::sync::OnceLock::new();
    WORDS.get_or_init(|| {
        include_str!("../../../grammars/sql/dialect-keywords.txt")
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .collect()
    })
}

/// Words after which a statement cannot end.
pub(crate) const NEEDS_MORE: &[&str] = &[
    "WHERE", "AND", "OR", "JOIN", "SELECT", "FROM", "SET", "VALUES", "BY", "IN", "NOT", "THEN",
    "ELSE", "WHEN", "AS", "INTO", "LIKE", "BETWEEN", "HAVING", "UNION", "CASE", "IS",
];

/// Object kinds a `CREATE` statement defines, for `definitions-removed`.
pub(crate) const DEFINED_KINDS: &[&str] = &[
    "TABLE",
    "VIEW",
    "FUNCTION",
    "PROCEDURE",
    "INDEX",
    "TRIGGER",
    "TYPE",
    "SEQUENCE",
    "SCHEMA",
    "MACRO",
    "DOMAIN",
];

/// The keywords a misspelling is measured against (`SELET`, `FORM`): long
/// enough that one edit away from them is rarely another word, unlike
/// `AS`, `BY` or `IN` in [`CORE_KEYWORDS`].
pub(crate) const MISSPELLING_TARGETS: &[&str] = &[
    "SELECT",
    "FROM",
    "WHERE",
    "INSERT",
    "UPDATE",
    "DELETE",
    "CREATE",
    "TABLE",
    "VALUES",
    "GROUP",
    "ORDER",
    "HAVING",
    "UNION",
    "ALTER",
    "INTO",
    "JOIN",
    "INNER",
    "OUTER",
    "LEFT",
    "RIGHT",
    "DISTINCT",
    "BETWEEN",
    "EXISTS",
    "PRIMARY",
    "REFERENCES",
    "CONSTRAINT",
    "DEFAULT",
    "UNIQUE",
    "INDEX",
    "VIEW",
    "LIMIT",
    "OFFSET",
];

/// Statement starts only SQL writes, for classification (`tells`).
pub(crate) const DDL_TELLS: &[&str] = &[
    "CREATE TABLE",
    "CREATE VIEW",
    "CREATE INDEX",
    "CREATE UNIQUE INDEX",
    "CREATE FUNCTION",
    "CREATE OR REPLACE",
    "CREATE PROCEDURE",
    "CREATE TRIGGER",
    "CREATE SCHEMA",
    "CREATE TYPE",
    "CREATE SEQUENCE",
    "CREATE POLICY",
    "CREATE EXTENSION",
    "ALTER TABLE",
    "DROP TABLE",
    "DROP VIEW",
    "DROP INDEX",
];
