//! PostgreSQL's own parser, libpg_query (through the `pg_query` crate).

use std::ffi::{c_char, c_int, CStr, CString};

use super::{Engine, EngineError};

// libpg_query's C API. The `pg_query` crate links the library and wraps
// `pg_query_split_with_parser`, but drops the error's cursor position, which
// is exactly what a precise span needs; so it is declared here.
#[repr(C)]
pub(crate) struct PgQueryError {
    message: *mut c_char,
    funcname: *mut c_char,
    filename: *mut c_char,
    lineno: c_int,
    cursorpos: c_int,
    context: *mut c_char,
}

#[repr(C)]
pub(crate) struct PgQuerySplitStmt {
    stmt_location: c_int,
    stmt_len: c_int,
}

#[repr(C)]
pub(crate) struct PgQuerySplitResult {
    stmts: *mut *mut PgQuerySplitStmt,
    n_stmts: c_int,
    stderr_buffer: *mut c_char,
    error: *mut PgQueryError,
}

extern "C" {
    fn pg_query_split_with_parser(input: *const c_char) -> PgQuerySplitResult;
    fn pg_query_free_split_result(result: PgQuerySplitResult);
}

// Make sure the pg_query crate (and with it the C library) is linked.
#[allow(dead_code)]
pub(crate) fn _link_pg_query() -> pg_query::Result<Vec<&'static str>> {
    pg_query::split_with_scanner("")
}

/// Parse `sql` with PostgreSQL's raw parser.
pub fn check_postgres(sql: &str) -> Result<(), EngineError> {
    postgres_statement_ends(sql).map(|_| ())
}

/// Parse `sql` with PostgreSQL's raw parser; on success, the byte offset
/// where each statement but the last ends (its `;`).
pub(crate) fn postgres_statement_ends(sql: &str) -> Result<Vec<usize>, EngineError> {
    let Ok(input) = CString::new(sql) else {
        return Err(EngineError {
            engine: Engine::Postgres,
            offset: sql.find('\0').unwrap_or(0),
            message: "NUL character in statement".into(),
        });
    };
    // SAFETY: `input` is a valid NUL-terminated string that outlives the
    // call; the result is freed exactly once below, after its error fields
    // have been copied out.
    unsafe {
        let result = pg_query_split_with_parser(input.as_ptr());
        let outcome = if result.error.is_null() {
            let n = result.n_stmts.max(0) as usize;
            let mut ends = Vec::with_capacity(n);
            for i in 0..n.saturating_sub(1) {
                let stmt = &**result.stmts.add(i);
                ends.push((stmt.stmt_location.max(0) + stmt.stmt_len.max(0)) as usize);
            }
            Ok(ends)
        } else {
            let err = &*result.error;
            let message = if err.message.is_null() {
                "syntax error".to_string()
            } else {
                CStr::from_ptr(err.message).to_string_lossy().into_owned()
            };
            // Bison's stack (YYMAXDEPTH, 10,000) and the executor's stack
            // check stop deep nesting; the server rejects it the same way.
            let message = match message.as_str() {
                m if m.starts_with("memory exhausted")
                    || m.starts_with("stack depth limit exceeded") =>
                {
                    format!("nesting too deep: PostgreSQL's parser gives up here (\"{message}\")")
                }
                _ => message,
            };
            let cursor = err.cursorpos.max(0) as usize;
            Err(EngineError {
                engine: Engine::Postgres,
                offset: char_pos_to_byte(sql, cursor.saturating_sub(1)),
                message,
            })
        };
        pg_query_free_split_result(result);
        outcome
    }
}

pub(crate) fn char_pos_to_byte(s: &str, chars: usize) -> usize {
    s.char_indices().nth(chars).map_or(s.len(), |(b, _)| b)
}
