//! gencheck's integration tests, as one test binary: each former
//! `tests/<name>.rs` is a module here, so the library and its parsers
//! (libpg_query, SQLite, the tree-sitter grammars) are linked once, not once
//! per file. Shared helpers live in `common`.
//!
//! Run one module with `cargo test --test it <module>::`, e.g.
//! `cargo test --test it fixtures:: -- --nocapture`.

mod common;

mod cli;
mod config;
mod dbt_project;
mod environment;
mod fixtures;
mod formats;
mod git;
mod holdout;
mod hostile;
mod package_type;
mod registry;
mod reply;
mod sarif;
mod shard;
mod spans;
mod wheel;
