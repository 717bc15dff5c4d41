//! The engines a statement is judged by: PostgreSQL's own parser, SQLite's
//! own parser, and sqlparser in each of its dialects.

use std::fmt;

use super::Dialect;

mod postgres;
mod sqlite;
mod sqlparser;

pub use postgres::check_postgres;
pub(crate) use postgres::postgres_statement_ends;
pub use sqlite::check_sqlite;
pub use sqlparser::check_sqlparser;

/// What one engine said about one statement. `offset` is relative to the
/// statement text.
#[derive(Debug, Clone)]
pub struct EngineError {
    pub engine: Engine,
    pub offset: usize,
    pub message: String,
}

/// The engines `dialect` is judged by, strictest first.
pub(crate) fn engines(dialect: Dialect) -> Vec<Engine> {
    match dialect {
        Dialect::Postgres => vec![Engine::Postgres],
        Dialect::Sqlite => vec![Engine::Sqlite],
        // Without the dialect's own engine, sqlparser's word alone would
        // reject much valid code: the statement must fail every engine.
        other => {
            let mut v = Vec::new();
            if other != Dialect::Generic {
                v.push(Engine::SqlParser(other));
            }
            v.extend([Engine::Postgres, Engine::Sqlite]);
            v.extend(
                Dialect::ALL
                    .iter()
                    .filter(|d| {
                        !matches!(d, Dialect::Postgres | Dialect::Sqlite)
                            && (other == Dialect::Generic || **d != other)
                    })
                    .map(|d| Engine::SqlParser(*d)),
            );
            v
        }
    }
}

/// An engine, as messages name it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Engine {
    Postgres,
    Sqlite,
    SqlParser(Dialect),
}

impl Engine {
    pub(crate) fn check(self, sql: &str) -> Result<(), EngineError> {
        match self {
            Engine::Postgres => check_postgres(sql),
            Engine::Sqlite => check_sqlite(sql),
            Engine::SqlParser(d) => check_sqlparser(d, sql),
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Engine::Postgres => "postgres",
            Engine::Sqlite => "sqlite",
            Engine::SqlParser(d) => d.name(),
        }
    }
}

impl fmt::Display for Engine {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}
