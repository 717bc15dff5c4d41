//! Which SQL engines accept a statement: `cargo run --example engines -- "SQL"`.
use gencheck::lang::sql::{check_postgres, check_sqlite, check_sqlparser, Dialect};

fn main() {
    let sql = std::env::args().nth(1).expect("usage: engines SQL");
    println!(
        "postgres: {:?}",
        check_postgres(&sql).map_err(|e| e.message)
    );
    println!("sqlite: {:?}", check_sqlite(&sql).map_err(|e| e.message));
    for d in Dialect::ALL {
        println!(
            "{d}: {:?}",
            check_sqlparser(*d, &sql).map_err(|e| e.message)
        );
    }
}
