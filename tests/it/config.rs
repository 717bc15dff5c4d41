//! The configuration file and inline suppressions, end to end.

use std::fs;

use predicates::prelude::*;
use serde_json::Value;

use crate::common::gencheck_in as gencheck;

fn rules_of(out: &[u8]) -> Vec<(String, String, String)> {
    let doc: Value = serde_json::from_slice(out).unwrap();
    doc["files"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|f| {
            let path = f["path"].as_str().unwrap().to_string();
            f["findings"].as_array().unwrap().iter().map(move |x| {
                (
                    path.clone(),
                    x["rule"].as_str().unwrap().to_string(),
                    x["severity"].as_str().unwrap().to_string(),
                )
            })
        })
        .collect()
}

fn project() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    fs::create_dir_all(root.join("vendor")).unwrap();
    fs::create_dir_all(root.join("analytics/models")).unwrap();
    fs::create_dir_all(root.join("migrations")).unwrap();
    fs::create_dir_all(root.join("etl")).unwrap();
    fs::write(root.join("vendor/broken.py"), "def f(:\n").unwrap();
    // T-SQL's TOP: valid for mssql, rejected by PostgreSQL.
    fs::write(
        root.join("migrations/001.sql"),
        "SELECT TOP 5 name FROM users;\n",
    )
    .unwrap();
    fs::write(
        root.join("analytics/models/daily.sql"),
        "SELECT TOP 5 name FROM users;\n",
    )
    .unwrap();
    fs::write(root.join("etl/job.hql"), "SELEC 1;\n").unwrap();
    fs::write(
        root.join("app.py"),
        "def f():\n    # ... rest of the code remains the same\n    pass\n",
    )
    .unwrap();
    dir
}

#[test]
fn every_key_takes_effect() {
    let dir = project();
    fs::write(
        dir.path().join("gencheck.toml"),
        r#"exclude = ["vendor/**"]

[languages]
sql = ["*.hql"]

[sql]
dialect = "postgres"

[[overrides]]
files = ["analytics/**/*.sql"]
dialect = "mssql"
rules = { placeholder = "warning" }

[rules]
placeholder = "info"

[limits]
max-file-bytes = 1_000_000
max-findings = 5
"#,
    )
    .unwrap();
    let out = gencheck(dir.path())
        .args(["check", ".", "--format", "json"])
        .assert()
        .code(1)
        .get_output()
        .stdout
        .clone();
    let found = rules_of(&out);
    let paths: Vec<&str> = found.iter().map(|f| f.0.as_str()).collect();
    // exclude: vendor/ is not checked.
    assert!(!paths.iter().any(|p| p.starts_with("vendor/")), "{found:?}");
    // [languages]: the .hql file is SQL.
    assert!(
        found.contains(&("etl/job.hql".into(), "syntax-error".into(), "error".into())),
        "{found:?}"
    );
    // [sql] dialect postgres rejects T-SQL; the override makes analytics mssql.
    assert!(
        found.contains(&(
            "migrations/001.sql".into(),
            "syntax-error".into(),
            "error".into()
        )),
        "{found:?}"
    );
    assert!(!paths.contains(&"analytics/models/daily.sql"), "{found:?}");
    // [rules]: placeholder is info.
    assert!(
        found.contains(&("app.py".into(), "placeholder".into(), "info".into())),
        "{found:?}"
    );

    // Command-line options win over the file.
    gencheck(dir.path())
        .args(["check", "migrations/001.sql", "--dialect", "mssql"])
        .assert()
        .code(0);
    // [limits] max-findings caps the findings listed, and counts the rest.
    fs::write(
        dir.path().join("gencheck.toml"),
        "[limits]\nmax-findings = 1\n",
    )
    .unwrap();
    fs::write(dir.path().join("two.py"), "def f(:\n    pass\n\nx = = 1\n").unwrap();
    let out = gencheck(dir.path())
        .args(["check", "two.py", "--format", "json"])
        .assert()
        .code(1)
        .get_output()
        .stdout
        .clone();
    let doc: Value = serde_json::from_slice(&out).unwrap();
    assert_eq!(doc["files"][0]["findings"].as_array().unwrap().len(), 1);
    assert_eq!(doc["files"][0]["findings_omitted"], 1);
    // [limits] max-file-bytes applies, and the flag overrides it.
    fs::write(
        dir.path().join("gencheck.toml"),
        "[limits]\nmax-file-bytes = 10\n",
    )
    .unwrap();
    gencheck(dir.path())
        .args(["check", "app.py"])
        .assert()
        .stdout(predicate::str::contains("limit-exceeded"));
    gencheck(dir.path())
        .args(["check", "app.py", "--max-file-bytes", "1000000"])
        .assert()
        .stdout(predicate::str::contains("limit-exceeded").not());
}

#[test]
fn rules_off_and_explicit_config_and_pyproject() {
    let dir = project();
    fs::write(
        dir.path().join("strict.toml"),
        "[rules]\nplaceholder = \"off\"\n",
    )
    .unwrap();
    gencheck(dir.path())
        .args(["check", "app.py", "--config", "strict.toml"])
        .assert()
        .code(0)
        .stdout(predicate::str::contains("placeholder").not());
    // [tool.gencheck] in pyproject.toml, found from a subdirectory.
    fs::write(
        dir.path().join("pyproject.toml"),
        "[project]\nname = \"x\"\n[tool.black]\nline-length = 99\n[tool.gencheck.rules]\nplaceholder = \"warning\"\n",
    )
    .unwrap();
    gencheck(&dir.path().join("migrations"))
        .args(["check", "../app.py"])
        .assert()
        .code(0)
        .stdout(predicate::str::contains("warning[placeholder]"));
}

#[test]
fn bad_configuration_fails_with_file_line_and_what_is_allowed() {
    let dir = project();
    for (text, needle) in [
        ("exclude = [\"x\"]\n\n[rulez]\n", "gencheck.toml:3"),
        ("[sql]\ndialect = \"klingon\"\n", "gencheck.toml:2"),
        (
            "[rules]\nplaceholder = \"loud\"\n",
            "off, info, warning, error",
        ),
        ("[rules]\nnot-text = \"off\"\n", "not-text"),
        ("[limits]\nmax-file-bytes = \"big\"\n", "gencheck.toml:2"),
        ("exclude = \"vendor\"\n", "gencheck.toml:1"),
    ] {
        fs::write(dir.path().join("gencheck.toml"), text).unwrap();
        gencheck(dir.path())
            .args(["check", "app.py"])
            .assert()
            .code(2)
            .stderr(predicate::str::contains(needle));
    }
    fs::write(
        dir.path().join("gencheck.toml"),
        b"[rules]\nplaceholder = \"\xff\"\n",
    )
    .unwrap();
    gencheck(dir.path())
        .args(["check", "app.py"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("UTF-8").and(predicate::str::contains("gencheck.toml")));
    gencheck(dir.path())
        .args(["check", "app.py", "--config", "missing.toml"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("missing.toml"));
}

#[test]
fn inline_suppressions() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(
        dir.path().join("a.py"),
        "def f():\n    # ... rest of the code remains the same  # gencheck: allow(placeholder)\n    pass\n",
    )
    .unwrap();
    gencheck(dir.path())
        .args(["check", "a.py"])
        .assert()
        .code(0);
    fs::write(
        dir.path().join("b.sql"),
        "-- gencheck: allow(placeholder)\n-- ... other columns unchanged\nSELECT 1;\n-- gencheck: allow(llm-chatter)\nSELECT 2;\n",
    )
    .unwrap();
    let out = gencheck(dir.path())
        .args(["check", "b.sql", "--format", "json"])
        .assert()
        .code(0)
        .get_output()
        .stdout
        .clone();
    let found = rules_of(&out);
    assert_eq!(
        found,
        vec![("b.sql".into(), "unused-suppression".into(), "info".into())],
        "{found:?}"
    );
    fs::write(
        dir.path().join("c.py"),
        "# gencheck: allow-file(placeholder)\nx = 1  # existing code here\n",
    )
    .unwrap();
    gencheck(dir.path())
        .args(["check", "c.py"])
        .assert()
        .code(0)
        .stdout(predicate::str::contains("[placeholder]").not());
}
