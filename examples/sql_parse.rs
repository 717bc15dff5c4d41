//! The bare parse of each SQL file named on the command line, whole, by one
//! engine, on one thread: the floor gencheck's SQL check is compared with in
//! BENCHMARKS.md (`scripts/bench-sql.sh`).
//!
//! `cargo run --release --example sql_parse -- ENGINE FILE...` (or `@LIST`
//! for a file of paths), where ENGINE is `pg_query` (libpg_query, PostgreSQL's
//! own grammar) or `sqlparser:DIALECT` (`sqlparser:postgres`,
//! `sqlparser:mysql`, ...: sqlparser's dialect of that name). Prints files,
//! bytes, files the engine rejects, and seconds spent parsing.
use std::time::Instant;

fn main() {
    let mut args = std::env::args().skip(1);
    let engine = args
        .next()
        .expect("usage: sql_parse pg_query|sqlparser:DIALECT FILE...");
    let mut paths: Vec<String> = Vec::new();
    for a in args {
        match a.strip_prefix('@') {
            Some(list) => paths.extend(
                std::fs::read_to_string(list)
                    .expect("read the list")
                    .lines()
                    .map(str::to_string),
            ),
            None => paths.push(a),
        }
    }
    let texts: Vec<String> = paths
        .iter()
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .collect();
    let dialect = match engine.strip_prefix("sqlparser:") {
        Some(name) => Some(
            sqlparser::dialect::dialect_from_str(name)
                .unwrap_or_else(|| panic!("sqlparser has no dialect `{name}`")),
        ),
        None if engine == "pg_query" => None,
        None => panic!("unknown engine `{engine}`: pg_query or sqlparser:DIALECT"),
    };
    let start = Instant::now();
    let mut rejected = 0usize;
    for text in &texts {
        let ok = match &dialect {
            Some(d) => sqlparser::parser::Parser::parse_sql(d.as_ref(), text).is_ok(),
            // The raw parse gencheck runs (no parse tree handed over).
            None => pg_query::split_with_parser(text).is_ok(),
        };
        rejected += usize::from(!ok);
    }
    let secs = start.elapsed().as_secs_f64();
    let bytes: usize = texts.iter().map(String::len).sum();
    println!(
        "{engine}: {} files, {bytes} bytes, {rejected} rejected, {secs:.3} s, {:.1} MB/s",
        texts.len(),
        bytes as f64 / 1e6 / secs.max(1e-9)
    );
}
