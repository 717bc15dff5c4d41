//! Print the tells and the detection for a file: `cargo run --example classify -- FILE LANG`.
use gencheck::classify::{detect, tells};
use gencheck::language::Language;

fn main() {
    let mut args = std::env::args().skip(1);
    let path = args.next().expect("usage: classify FILE LANG");
    let implied =
        Language::from_name(&args.next().unwrap_or_else(|| "sql".into())).expect("language");
    let text = std::fs::read_to_string(&path).expect("UTF-8 file");
    for t in tells(&text) {
        println!("{:?} {} {}", t.language, t.weight, t.what);
    }
    let analysis = gencheck::rules::syntax_error::analyze(
        &text,
        implied,
        &gencheck::lang::FileContext::default(),
    );
    for e in &analysis.errors {
        println!("error: {} at {:?}", e.message, e.span);
    }
    for r in &analysis.rejected {
        println!("rejected: {:?}", &text[r.start..r.end]);
    }
    // As `rules::run` asks: text accepted only by accident counts as rejected.
    let (suspect, errors) = if analysis.rejected.is_empty() && !analysis.implausible.is_empty() {
        (&analysis.implausible, true)
    } else {
        (&analysis.rejected, !analysis.errors.is_empty())
    };
    println!(
        "{:#?}",
        detect(&text, implied, suspect, errors).map(|d| (d.language, d.parse_note))
    );
    if std::env::var_os("PROSE").is_some() {
        prose_lines(&text);
    }
}

fn prose_lines(text: &str) {
    for l in text.lines().filter(|l| !l.trim().is_empty()) {
        println!(
            "{} | {l}",
            if gencheck::prose::looks_like_prose(l) {
                "P"
            } else {
                " "
            }
        );
    }
}
