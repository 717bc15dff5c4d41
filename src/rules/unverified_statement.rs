//! # unverified-statement
//!
//! A SQL statement that no engine gencheck has could parse, where the
//! engines stopped at a keyword of some dialect (severity info; the file is
//! accepted).
//!
//! **Why.** Only PostgreSQL and SQLite are checked by their own parsers.
//! Other dialects are checked by sqlparser, which lacks much real syntax
//! (DuckDB's `PIVOT` and `SUMMARIZE`, Snowflake's `CREATE STREAM`, T-SQL
//! procedure parameters, ...). Rejecting such a statement would reject valid
//! code; passing it silently would claim a check that did not happen. So it
//! is reported as not verified.
//!
//! **How.** With `--dialect postgres` or `sqlite` the real engine's verdict
//! stands and this rule never fires. Otherwise, when every engine rejects a
//! statement and one of them stops at a keyword outside the core of SQL
//! (sqlparser's keyword list plus `grammars/sql/dialect-keywords.txt`), the
//! statement is unverified instead of a `syntax-error`. A rejection at a
//! core keyword (`SELECT`, `FROM`, `WHERE`, ...), at punctuation, at a
//! non-keyword word or at the end of the statement stays a syntax error.
//!
//! **Example.** `PIVOT monthly_sales ON month USING sum(amount);` in a
//! DuckDB file.
