//! Arbitrary bytes through the whole check pipeline, under each file name a
//! language implies (the first byte picks it and the SQL dialect), with an
//! optional previous version (the diff and definitions code paths). Every
//! span must slice the text cleanly.
#![no_main]

use gencheck::check::{check_input, CheckOptions, Input, Previous};
use gencheck::lang::sql::Dialect;
use libfuzzer_sys::fuzz_target;

const NAMES: &[&str] = &[
    "a.py", "stub.pyi", "q.sql", "q.pgsql", "q.tsql", "q.mysql", "__init__.py", "notes.txt", "run",
    "x.json", "tsconfig.json", "rows.jsonl", "a.js", "b.mjs", "c.cjs", "d.jsx", "e.ts", "f.tsx",
    "g.d.ts", "h.mts", "Cargo.toml", "c.toml", "w.yml", "k.yaml", ".cirrus.yml", "s.sh", "b.bash",
    "z.zsh", "README.md", "site.css", "x.json5", ".vscode/settings.json", "package.json",
    "templates/deploy.yaml",
];

fuzz_target!(|data: &[u8]| {
    let Some((&selector, rest)) = data.split_first() else {
        return;
    };
    let name = NAMES[selector as usize % NAMES.len()];
    // The length mixes in, so that every dialect is reachable (a byte alone
    // spans only 256 / NAMES.len() of them).
    let dialect = Dialect::ALL[(selector as usize / NAMES.len() + data.len()) % Dialect::ALL.len()];
    // A 0xFF byte splits the input into previous and current versions.
    let (previous, current) = match rest.iter().position(|b| *b == 0xFF) {
        Some(p) if selector & 0x80 != 0 => (Some(rest[..p].to_vec()), &rest[p + 1..]),
        _ => (None, rest),
    };
    let input = Input {
        path: name.to_string(),
        bytes: current.to_vec(),
        previous: previous.map(|bytes| Previous {
            label: "HEAD".into(),
            path: name.to_string(),
            bytes,
            oversized: None,
        }),
        deferred_previous: None,
        oversized: None,
        on_disk: None,
    };
    let opts = CheckOptions {
        dialect: Some(dialect),
        diff: true,
        ..CheckOptions::default()
    };
    let report = check_input(&input, &opts);
    if let Some(text) = report.text.as_deref() {
        for f in &report.findings {
            for span in f.span.iter().chain(f.labels.iter().map(|l| &l.span)) {
                assert!(span.start <= span.end && span.end <= text.len(), "{span:?} outside the text");
                assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end), "{span:?} splits a character");
            }
        }
    }
    // Rendering must not panic either.
    let reports = [report];
    let _ = gencheck::render::json::render(&reports);
    let _ = gencheck::render::human::render(
        &reports,
        &gencheck::render::human::HumanOptions { color: false, full_diff: false },
    );
    let _ = gencheck::render::sarif::render(&reports);
    let _ = gencheck::render::github::render(&reports);
});
