//! The fixture folders state the expectation: every file under
//! `fixtures/clean/` is accepted (no error finding), and every file under
//! `fixtures/<rule>/` triggers that rule. One human-output snapshot per rule
//! fixture shows the message and span in review.

use std::path::{Path, PathBuf};

use gencheck::check::{check_input, CheckOptions, FileReport, Input};
use gencheck::diagnostic::Severity;
use gencheck::render::human::{render, HumanOptions};
use gencheck::rules::Rule;
use gencheck::sql::Dialect;

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

#[test]
fn every_rule_fixture_triggers_its_rule() {
    let mut checked = 0;
    for entry in std::fs::read_dir(fixtures()).unwrap() {
        let dir = entry.unwrap().path();
        let name = dir.file_name().unwrap().to_string_lossy().to_string();
        if !dir.is_dir() || name == "clean" {
            continue;
        }
        let rule = Rule::from_id(&name).unwrap_or_else(|| panic!("fixtures/{name}: not a rule id"));
        for path in files_under(&dir) {
            let rel = path
                .strip_prefix(fixtures())
                .unwrap()
                .to_string_lossy()
                .to_string();
            let report = check(&path, dialect_of(&rel));
            assert!(
                report.findings.iter().any(|f| f.rule == rule),
                "{rel}: expected {rule}, got {:?}",
                report.findings
            );
            if rule.default_severity() == Severity::Error && rule != Rule::EmptyFile {
                assert!(!report.accepted, "{rel}: accepted");
            }
            let human = render(
                std::slice::from_ref(&report),
                &HumanOptions { color: false },
            );
            let snap = rel.replace(['/', '.'], "__");
            insta::assert_snapshot!(snap, human);
            checked += 1;
        }
    }
    assert!(checked >= 20, "only {checked} rule fixtures");
}
