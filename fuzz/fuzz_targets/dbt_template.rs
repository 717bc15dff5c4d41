//! Arbitrary bytes as a dbt project's macro files and a model that uses
//! them: the model is rendered with the project's macros (minijinja, the
//! dbt-like context, stand-ins for what cannot be rendered) and the SQL it
//! renders judged in the dialect the first byte picks; as one of the
//! project's macro files too (judged as a template only). Every span the
//! analysis reports must slice the model's text cleanly.
#![no_main]

use gencheck::analysis::Analysis;
use gencheck::diagnostic::Span;
use gencheck::lang::sql::dbt::Project;
use gencheck::lang::sql::{analyze_in, Dialect};
use libfuzzer_sys::fuzz_target;

fn slices(text: &str, span: Span, what: &str) {
    assert!(
        span.start <= span.end
            && span.end <= text.len()
            && text.is_char_boundary(span.start)
            && text.is_char_boundary(span.end),
        "{what} span {span:?} does not slice a text of {} bytes",
        text.len()
    );
}

fn check_spans(text: &str, a: &Analysis) {
    for e in &a.errors {
        slices(text, e.span, "error");
        for l in &e.labels {
            slices(text, l.span, "label");
        }
    }
    for u in &a.unverified {
        slices(text, u.span, "unverified");
    }
    for r in &a.rejected {
        slices(text, *r, "rejected");
    }
    for o in &a.open_at_eof {
        slices(text, o.opener, "opener");
    }
}

fuzz_target!(|data: &[u8]| {
    let Some((&selector, rest)) = data.split_first() else {
        return;
    };
    let dialect = Dialect::ALL[selector as usize % Dialect::ALL.len()];
    // A 0xFF byte splits the macro files (each 0xFE starts another) from
    // the model.
    let (macros, model) = match rest.iter().position(|b| *b == 0xFF) {
        Some(p) => (&rest[..p], &rest[p + 1..]),
        None => (&[][..], rest),
    };
    let Ok(model) = std::str::from_utf8(model) else {
        return;
    };
    let sources: Vec<String> = macros
        .split(|b| *b == 0xFE)
        .map(|m| String::from_utf8_lossy(m).into_owned())
        .collect();
    let root = std::env::current_dir().unwrap_or_default();
    // The high bit: the model is itself one of the macro files.
    let macro_paths = if selector & 0x80 != 0 {
        vec![String::new()]
    } else {
        vec!["macros".to_string()]
    };
    let project = Project::with_macros(root.clone(), macro_paths, Some(dialect), &sources);
    let analysis = analyze_in(model, dialect, Some((&project, &root)));
    check_spans(model, &analysis);
});
