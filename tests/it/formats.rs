//! The output formats other than JSON and SARIF, and the rule commands.

use predicates::prelude::*;

use crate::common::{gencheck_in, manifest_dir};

fn gencheck() -> assert_cmd::Command {
    gencheck_in(manifest_dir())
}

#[test]
fn concise_is_one_line_per_finding() {
    let out = gencheck()
        .args([
            "check",
            "fixtures/syntax-error/python/two_errors.py",
            "--format",
            "concise",
        ])
        .assert()
        .code(1)
        .get_output()
        .stdout
        .clone();
    let text = String::from_utf8(out).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 3, "{text}");
    assert!(
        lines[0]
            .starts_with("fixtures/syntax-error/python/two_errors.py:25:9: error[syntax-error] "),
        "{text}"
    );
    assert!(
        lines[1]
            .starts_with("fixtures/syntax-error/python/two_errors.py:53:83: error[syntax-error] "),
        "{text}"
    );
    assert_eq!(lines[2], "1 file checked: 0 accepted, 1 rejected");
}

#[test]
fn github_annotations_errors_first_and_a_summary_of_what_was_left_out() {
    let out = gencheck()
        .args([
            "check",
            "fixtures/syntax-error",
            "fixtures/truncated",
            "--format",
            "github",
        ])
        .assert()
        .code(1)
        .get_output()
        .stdout
        .clone();
    let text = String::from_utf8(out).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    let errors = lines.iter().filter(|l| l.starts_with("::error ")).count();
    assert_eq!(errors, 10, "{text}");
    let first_notice = lines
        .iter()
        .position(|l| l.starts_with("::notice "))
        .unwrap_or(lines.len());
    let last_error = lines
        .iter()
        .rposition(|l| l.starts_with("::error "))
        .unwrap();
    assert!(last_error < first_notice, "errors come first");
    assert!(
        lines[0].starts_with("::error file=fixtures/")
            && lines[0].contains(",line=")
            && lines[0].contains(",col=")
            && lines[0].contains(",endLine=")
            && lines[0].contains(",title=gencheck "),
        "{}",
        lines[0]
    );
    let summary = lines.last().unwrap();
    assert!(
        summary.contains("errors were left out") || summary.contains("left out"),
        "{summary}"
    );
}

#[test]
fn github_escapes_properties_and_messages() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a,b.py"), "x = (1,\n").unwrap();
    crate::common::gencheck()
        .current_dir(dir.path())
        .args(["check", "a,b.py", "--format", "github"])
        .assert()
        .code(1)
        .stdout(predicate::str::contains("file=a%2Cb.py"));
}

#[test]
fn rules_and_rule_documentation() {
    let out = gencheck()
        .arg("rules")
        .assert()
        .code(0)
        .get_output()
        .stdout
        .clone();
    let text = String::from_utf8(out).unwrap();
    for id in [
        "syntax-error",
        "truncated",
        "placeholder",
        "unknown-language",
    ] {
        assert!(text.contains(id), "{id}");
    }
    gencheck()
        .args(["rule", "placeholder"])
        .assert()
        .code(0)
        .stdout(
            predicate::str::contains("# placeholder").and(predicate::str::contains("Leaves alone")),
        );
    gencheck()
        .args(["rule", "nope"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("nope").and(predicate::str::contains("gencheck rules")));
    assert!(manifest_dir().join("src/rules/placeholder.rs").exists());
}
