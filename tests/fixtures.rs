//! The fixture folders state the expectation: every file under
//! `fixtures/clean/` is accepted (no error finding), and every file under
//! `fixtures/<rule>/` triggers that rule. One human-output snapshot per rule
//! fixture shows the message and span in review.

use std::path::{Path, PathBuf};

use gencheck::check::{check_input, CheckOptions, FileReport, Input};
use gencheck::diagnostic::Severity;
use gencheck::lang::sql::Dialect;
use gencheck::render::human::{render, HumanOptions};
use gencheck::rules::Rule;

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures")
}

fn files_under(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).unwrap() {
            let p = entry.unwrap().path();
            if p.is_dir() {
                stack.push(p);
            } else if p.file_name().unwrap() != "README.md" {
                out.push(p);
            }
        }
    }
    out.sort();
    out
}

/// A directory named after a dialect selects it.
fn dialect_of(rel: &str) -> Option<Dialect> {
    rel.split('/').find_map(|c| {
        Dialect::ALL
            .iter()
            .copied()
            .find(|d| d.name() == c && *d != Dialect::Generic)
    })
}

fn check(path: &Path, dialect: Option<Dialect>) -> FileReport {
    let rel = path
        .strip_prefix(env!("CARGO_MANIFEST_DIR"))
        .unwrap()
        .to_string_lossy()
        .replace('\\', "/");
    let input = Input {
        path: rel,
        bytes: std::fs::read(path).unwrap(),
        previous: None,
        oversized: None,
    };
    let opts = CheckOptions {
        dialect,
        ..CheckOptions::default()
    };
    check_input(&input, &opts)
}

fn errors(r: &FileReport) -> Vec<String> {
    r.findings
        .iter()
        .filter(|f| f.severity == Severity::Error)
        .map(|f| format!("{}: {}", f.rule, f.message))
        .collect()
}

#[test]
fn every_clean_fixture_is_accepted() {
    let mut failures = Vec::new();
    let files = files_under(&fixtures().join("clean"));
    assert!(files.len() >= 40, "only {} clean fixtures", files.len());
    for path in &files {
        let rel = path
            .strip_prefix(fixtures())
            .unwrap()
            .to_string_lossy()
            .to_string();
        let dialect = dialect_of(&rel);
        let mut runs = vec![dialect];
        // Valid SQL of any dialect must pass the default, generic, too.
        if dialect.is_some() {
            runs.push(None);
        }
        for d in runs {
            let report = check(path, d);
            assert!(report.language.is_some(), "{rel}: no language");
            let errs = errors(&report);
            if !errs.is_empty() {
                failures.push(format!(
                    "{rel} ({}): {errs:?}",
                    d.map_or("generic", |d| d.name())
                ));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "clean fixtures rejected:\n{}",
        failures.join("\n")
    );
}

/// The labelled corpus: per rule, how many of its fixtures it catches.
/// Fails when a rule catches fewer than 90% of its cases. Run with
/// `cargo test --test fixtures corpus -- --nocapture` to see the table.
#[test]
fn corpus_catch_rate_per_rule() {
    let mut table: Vec<(String, usize, usize, Vec<String>)> = Vec::new();
    for entry in std::fs::read_dir(fixtures()).unwrap() {
        let dir = entry.unwrap().path();
        let name = dir.file_name().unwrap().to_string_lossy().to_string();
        if !dir.is_dir() || name == "clean" || name == "diff" {
            continue;
        }
        let rule = Rule::from_id(&name).unwrap_or_else(|| panic!("fixtures/{name}: not a rule id"));
        let mut caught = 0;
        let mut missed = Vec::new();
        let files = files_under(&dir);
        for path in &files {
            let rel = path
                .strip_prefix(fixtures())
                .unwrap()
                .to_string_lossy()
                .to_string();
            let report = check(path, dialect_of(&rel));
            let hit = report.findings.iter().any(|f| f.rule == rule);
            let rejects =
                !matches!(rule, Rule::EmptyFile) && rule.default_severity() == Severity::Error;
            if hit && (!rejects || !report.accepted) {
                caught += 1;
            } else {
                missed.push(format!(
                    "{rel}: {:?}",
                    report
                        .findings
                        .iter()
                        .map(|f| f.rule.id())
                        .collect::<Vec<_>>()
                ));
            }
            let human = render(
                std::slice::from_ref(&report),
                &HumanOptions {
                    color: false,
                    full_diff: false,
                },
            );
            let snap = rel.replace(['/', '.'], "__");
            insta::assert_snapshot!(snap, human);
        }
        table.push((name, caught, files.len(), missed));
    }
    table.sort();
    let clean = files_under(&fixtures().join("clean")).len();
    println!(
        "{:<22} {:>6} {:>6} {:>7}",
        "rule", "caught", "cases", "rate"
    );
    for (name, caught, total, _) in &table {
        println!(
            "{name:<22} {caught:>6} {total:>6} {:>6.1}%",
            100.0 * *caught as f64 / *total as f64
        );
    }
    println!("clean fixtures: {clean} (every_clean_fixture_is_accepted checks them)");
    let mut failures = Vec::new();
    for (name, caught, total, missed) in &table {
        if (*caught as f64) < 0.9 * *total as f64 {
            failures.push(format!(
                "{name}: {caught}/{total}\n  {}",
                missed.join("\n  ")
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "rules under 90%:\n{}",
        failures.join("\n")
    );
    assert!(table.iter().map(|t| t.2).sum::<usize>() >= 20);
}
