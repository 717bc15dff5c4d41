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
                    return incomplete_past_semantic_error(rest, base);
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
                    return incomplete_past_semantic_error(rest, base);
                }
                Err(_) => return Ok(()),
            }
        }
    })
}

/// SQLite stops at a fact about the database before it has read the whole
/// statement: `CREATE TRIGGER ... ON t` with no table `t` fails at `t`,
/// before the body. The body may still be cut (`BEGIN ... ;` with no
/// `END;`): SQLite's own tokenizer (`sqlite3_complete`) says whether the
/// text, with a `;` after it, is whole.
fn incomplete_past_semantic_error(rest: &str, base: usize) -> Result<(), EngineError> {
    let mut text = rest.trim_end().to_string();
    text.push_str(";\n");
    let Ok(c) = std::ffi::CString::new(text) else {
        return Ok(());
    };
    // SAFETY: `c` is a valid NUL-terminated string that outlives the call;
    // sqlite3_complete only reads it.
    let complete = unsafe { rusqlite::ffi::sqlite3_complete(c.as_ptr()) } != 0;
    if complete {
        return Ok(());
    }
    Err(EngineError {
        engine: Engine::Sqlite,
        offset: base + rest.trim_end().len(),
        message: "incomplete input".to_string(),
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
