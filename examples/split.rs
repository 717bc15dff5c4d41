//! Print how a SQL file splits into statements: `cargo run --example split -- FILE [DIALECT]`.
use gencheck::lang::sql::{split, Dialect};

fn main() {
    let mut args = std::env::args().skip(1);
    let path = args.next().expect("usage: split FILE [DIALECT]");
    let dialect = args
        .next()
        .and_then(|d| Dialect::from_name(&d))
        .unwrap_or(Dialect::Generic);
    let text = std::fs::read_to_string(&path).expect("readable UTF-8 file");
    let script = split(&text, dialect);
    for (i, s) in script.statements.iter().enumerate() {
        let body = &script.masked[s.span.start..s.span.end];
        println!(
            "--- {i} [{}..{}] templated={} unclosed={:?}",
            s.span.start, s.span.end, s.templated, s.unclosed
        );
        println!("{}", body.trim());
    }
}
