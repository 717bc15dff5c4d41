//! SQLite's own parser (bundled through rusqlite).

use std::cell::RefCell;

use super::{Engine, EngineError};
use crate::lang::sql::splitter::{only_trivia, split};
use crate::lang::sql::Dialect;

thread_local! {
    static SQLITE: RefCell<Option<rusqlite::Connection>> = const { RefCell::new(None) };
}

/// Prepare `sql` with SQLite. Only syntax errors count: an unknown table or
/// column is a fact about the database, not about the text.
pub fn check_sqlite(sql: &str) -> Result<(), EngineError> {
    SQLITE.with(|cell| {
        let mut slot = cell.borrow_mut();
        if slot.is_none() {
            *slot = rusqlite::Connection::open_in_memory().ok();
        }
        let Some(conn) = slot.as_ref() else {
            return Ok(()); // cannot judge without an engine
        };
        let mut rest = sql;
        let mut base = 0;
        loop {
            if only_trivia(rest.as_bytes(), Dialect::Sqlite) {
                return Ok(());
            }
            match conn.prepare(rest) {
                Ok(stmt) => {
                    // rusqlite rejects trailing statements through
                    // `MultipleStatement`; a single prepared one is done.
                    drop(stmt);
                    return Ok(());
                }
                Err(rusqlite::Error::SqlInputError { msg, offset, .. }) => {
                    if is_sqlite_syntax_error(&msg) {
                        return Err(EngineError {
                            engine: Engine::Sqlite,
                            offset: base + (offset.max(0) as usize).min(rest.len()),
                            message: msg,
                        });
                    }
                    return Ok(());
                }
                Err(rusqlite::Error::MultipleStatement) => {
                    // Prepared the first statement fine; check the tail.
                    let split = split(rest, Dialect::Sqlite);
                    let Some(second) = split.statements.get(1) else {
                        return Ok(());
                    };
                    base += second.span.start;
                    rest = &rest[second.span.start..];
                }
                Err(rusqlite::Error::SqliteFailure(_, Some(msg))) => {
                    if is_sqlite_syntax_error(&msg) {
                        return Err(EngineError {
                            engine: Engine::Sqlite,
                            offset: base,
                            message: msg,
                        });
                    }
                    return Ok(());
                }
                Err(_) => return Ok(()),
            }
        }
    })
}

pub(crate) fn is_sqlite_syntax_error(msg: &str) -> bool {
    msg.contains("syntax error")
        || msg.contains("incomplete input")
        || msg.starts_with("unrecognized token")
        // Limits of SQLite's parser itself, not facts about a database: the
        // statement cannot be prepared by any SQLite built with defaults.
        || msg.contains("parser stack overflow")
        || msg.starts_with("Expression tree is too large")
}
