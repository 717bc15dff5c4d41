//! The fixture folders state the expectation: every file under
//! `fixtures/clean/` is accepted (no error finding), and every file under
//! `fixtures/<rule>/` triggers that rule, but for the few in
//! [`KNOWN_MISSES`]. One human-output snapshot per rule fixture shows the
//! message and span in review.
//!
//! Two folders need more than the file itself (fixtures/README.md):
//! `definitions-removed/` pairs each `<name>.<ext>` with its previous
//! version `<name>.before.<ext>`, and `limit-exceeded/` is checked with
//! `max-file-bytes` lowered to [`LIMIT_EXCEEDED_MAX_FILE_BYTES`].

use std::path::{Path, PathBuf};

use gencheck::check::{check_input, CheckOptions, FileReport, Input, Limits, Previous};
use gencheck::diagnostic::Severity;
use gencheck::lang::sql::Dialect;
use gencheck::render::human::{render, HumanOptions};
use gencheck::rules::Rule;

use crate::common::manifest_dir;

/// Rule fixtures that do not trigger their rule, relative to `fixtures/`,
/// each with a one-line reason. The test fails when a fixture outside this
/// list misses its rule, and when one in it no longer misses (then take it
/// off the list).
const KNOWN_MISSES: &[(&str, &str)] = &[];

/// `max-file-bytes` for `fixtures/limit-exceeded/`: each file there is a
/// real, valid file larger than this (committing files over the 10 MB
/// default would be absurd); with the default limit they are accepted.
const LIMIT_EXCEEDED_MAX_FILE_BYTES: u64 = 4096;

/// The marker of a previous version in `fixtures/definitions-removed/`:
/// `<name>.before.<ext>` is the previous version of `<name>.<ext>`.
const BEFORE: &str = ".before.";

fn fixtures() -> PathBuf {
    manifest_dir().join("fixtures")
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

/// The previous version of a `definitions-removed/` fixture: `a/b.py` ->
/// `a/b.before.py`.
fn before_of(path: &Path) -> PathBuf {
    let name = path.file_name().unwrap().to_string_lossy();
    let (stem, ext) = name.rsplit_once('.').expect("an extension");
    path.with_file_name(format!("{stem}.before.{ext}"))
}

fn is_before(path: &Path) -> bool {
    path.file_name().unwrap().to_string_lossy().contains(BEFORE)
}

fn rel_path(path: &Path) -> String {
    path.strip_prefix(manifest_dir())
        .unwrap()
        .to_string_lossy()
        .replace('\\', "/")
}

fn check(path: &Path, dialect: Option<Dialect>) -> FileReport {
    check_with(path, dialect, None, Limits::default())
}

fn check_with(
    path: &Path,
    dialect: Option<Dialect>,
    previous: Option<&Path>,
    limits: Limits,
) -> FileReport {
    let input = Input {
        path: rel_path(path),
        bytes: std::fs::read(path).unwrap(),
        previous: previous.map(|p| Previous {
            label: rel_path(p),
            path: rel_path(p),
            bytes: std::fs::read(p).unwrap(),
            oversized: None,
        }),
        deferred_previous: None,
        oversized: None,
        on_disk: None,
    };
    let opts = CheckOptions {
        dialect,
        limits,
        ..CheckOptions::default()
    };
    check_input(&input, &opts)
}

/// A rule fixture checked as its folder says: with its previous version
/// (`definitions-removed/`), with a lowered size limit (`limit-exceeded/`),
/// else as it is.
fn check_rule_fixture(rule: Rule, path: &Path, dialect: Option<Dialect>) -> FileReport {
    match rule {
        Rule::DefinitionsRemoved => {
            let before = before_of(path);
            assert!(
                before.is_file(),
                "{}: no previous version {}",
                rel_path(path),
                rel_path(&before)
            );
            check_with(path, dialect, Some(&before), Limits::default())
        }
        Rule::LimitExceeded => {
            let size = std::fs::metadata(path).unwrap().len();
            assert!(
                size > LIMIT_EXCEEDED_MAX_FILE_BYTES,
                "{}: {size} bytes is not over the fixture limit",
                rel_path(path)
            );
            let limits = Limits {
                max_file_bytes: LIMIT_EXCEEDED_MAX_FILE_BYTES,
                ..Limits::default()
            };
            check_with(path, dialect, None, limits)
        }
        _ => check(path, dialect),
    }
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

/// The labelled corpus: every file under `fixtures/<rule>/` triggers that
/// rule (and, for a rule of severity error, is rejected), but for the
/// [`KNOWN_MISSES`]; every checked rule has a folder. Prints the table per
/// rule; run `cargo test --test it fixtures:: -- --nocapture` to see it.
#[test]
fn every_rule_fixture_triggers_its_rule() {
    let mut table: Vec<(String, usize, usize)> = Vec::new();
    let mut failures = Vec::new();
    let mut known_missed = Vec::new();
    for entry in std::fs::read_dir(fixtures()).unwrap() {
        let dir = entry.unwrap().path();
        let name = dir.file_name().unwrap().to_string_lossy().to_string();
        if !dir.is_dir() || name == "clean" || name == "diff" || name == "reply" {
            continue;
        }
        let rule = Rule::from_id(&name).unwrap_or_else(|| panic!("fixtures/{name}: not a rule id"));
        let mut caught = 0;
        let all = files_under(&dir);
        // Previous versions are not fixtures of their own.
        let (befores, files): (Vec<PathBuf>, Vec<PathBuf>) =
            all.into_iter().partition(|p| is_before(p));
        if rule == Rule::DefinitionsRemoved {
            for b in &befores {
                let current = b.with_file_name(
                    b.file_name()
                        .unwrap()
                        .to_string_lossy()
                        .replacen(BEFORE, ".", 1),
                );
                assert!(current.is_file(), "{}: nothing replaces it", rel_path(b));
            }
        } else {
            assert!(
                befores.is_empty(),
                "fixtures/{name}: `{BEFORE}` files mean something only in definitions-removed/"
            );
        }
        for path in &files {
            let rel = path
                .strip_prefix(fixtures())
                .unwrap()
                .to_string_lossy()
                .to_string();
            let report = check_rule_fixture(rule, path, dialect_of(&rel));
            let hit = report.findings.iter().any(|f| f.rule == rule);
            // A rule whose finding is an error must reject the file; a
            // language may report the rule as a warning (JSON's
            // `duplicate-key`), which does not.
            let rejects = !matches!(rule, Rule::EmptyFile)
                && report
                    .findings
                    .iter()
                    .any(|f| f.rule == rule && f.severity == Severity::Error);
            let known = KNOWN_MISSES.iter().find(|(k, _)| *k == rel);
            if hit && (!rejects || !report.accepted) {
                caught += 1;
                if let Some((_, why)) = known {
                    failures.push(format!(
                        "{rel}: listed in KNOWN_MISSES ({why}) but triggers {name} now: take it off"
                    ));
                }
            } else {
                let found: Vec<&str> = report.findings.iter().map(|f| f.rule.id()).collect();
                match known {
                    Some((_, why)) => known_missed.push(format!("{rel}: {found:?} (known: {why})")),
                    None => failures.push(format!(
                        "{rel}: does not trigger {name}{}; found {found:?}",
                        if hit { " as a rejection" } else { "" }
                    )),
                }
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
        table.push((name, caught, files.len()));
    }
    table.sort();
    let clean = files_under(&fixtures().join("clean")).len();
    println!(
        "{:<22} {:>6} {:>6} {:>7}",
        "rule", "caught", "cases", "rate"
    );
    for (name, caught, total) in &table {
        println!(
            "{name:<22} {caught:>6} {total:>6} {:>6.1}%",
            100.0 * *caught as f64 / *total as f64
        );
    }
    println!("clean fixtures: {clean} (every_clean_fixture_is_accepted checks them)");
    for m in &known_missed {
        println!("known miss: {m}");
    }
    for (k, _) in KNOWN_MISSES {
        assert!(
            fixtures().join(k).is_file(),
            "KNOWN_MISSES names {k}, which is gone"
        );
    }
    assert!(
        failures.is_empty(),
        "rule fixtures that miss their rule:\n{}",
        failures.join("\n")
    );
    // Every rule has its fixtures; the reply rules' are the cases of
    // fixtures/reply/ (tests/it/reply.rs).
    for rule in Rule::ALL
        .iter()
        .filter(|r| !r.meta().tags.contains(&"reply"))
    {
        assert!(
            table
                .iter()
                .any(|(name, _, total)| name == rule.id() && *total > 0),
            "no fixtures/{}/",
            rule.id()
        );
    }
    assert!(table.iter().map(|t| t.2).sum::<usize>() >= 20);
}

/// The fixture folders every checked language must have (CONTRIBUTING.md,
/// "Adding a language"): valid files, and one folder per rule that applies
/// to every language.
const PER_LANGUAGE: &[&str] = &[
    "clean",
    "syntax-error",
    "truncated",
    "markdown-fence",
    "llm-chatter",
    "placeholder",
    "merge-conflict",
    "language-mismatch",
    "definitions-removed",
];

#[test]
fn every_checked_language_has_fixtures_for_every_rule() {
    use gencheck::language::Language;
    let checked: Vec<Language> = Language::ALL
        .iter()
        .copied()
        .filter(|l| l.is_checked())
        .collect();
    assert!(
        checked.contains(&Language::Python) && checked.contains(&Language::Sql),
        "{checked:?}"
    );
    let mut missing = Vec::new();
    for lang in &checked {
        // A prose document (Markdown) holds fences, prose and elisions by
        // design: those rules do not apply (its clean fixtures show it).
        let document = lang.backend().is_some_and(|b| b.prose_document());
        for folder in PER_LANGUAGE {
            if document
                && matches!(
                    *folder,
                    "markdown-fence" | "llm-chatter" | "placeholder" | "language-mismatch"
                )
            {
                continue;
            }
            let dir = fixtures().join(folder).join(lang.name());
            let files = if dir.is_dir() {
                files_under(&dir)
                    .into_iter()
                    .filter(|p| !is_before(p))
                    .count()
            } else {
                0
            };
            if files == 0 {
                missing.push(format!("fixtures/{folder}/{}/", lang.name()));
            }
        }
    }
    assert!(
        missing.is_empty(),
        "checked languages without fixtures (CONTRIBUTING.md, adding a language): {missing:?}"
    );
    // A language only recognised has no fixtures of checked files: it
    // would be a backend away from being checked.
    for lang in Language::ALL.iter().filter(|l| !l.is_checked()) {
        assert!(
            !fixtures().join("clean").join(lang.name()).exists(),
            "fixtures/clean/{} exists, but {} has no backend",
            lang.name(),
            lang.name()
        );
    }
}
