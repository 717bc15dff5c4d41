//! The real binary, end to end: exit codes, stdin, directories, errors.

use std::fs;

use predicates::prelude::*;
use serde_json::Value;

use crate::common::{fixture_arg as fixture, gencheck, gencheck_in};

fn json(out: &[u8]) -> Value {
    serde_json::from_slice(out).expect("stdout is one JSON document")
}

#[test]
fn clean_file_exits_0_with_summary() {
    gencheck()
        .args(["check", &fixture("clean/python/billing/invoice.py")])
        .assert()
        .code(0)
        .stdout(predicate::str::contains(
            "1 file checked: 1 accepted, 0 rejected",
        ));
}

#[test]
fn syntax_error_exits_1_with_code_frame() {
    gencheck()
        .args([
            "check",
            "--color",
            "never",
            &fixture("syntax-error/python/unclosed_paren.py"),
        ])
        .assert()
        .code(1)
        .stdout(predicate::str::contains("error[syntax-error]"))
        .stdout(predicate::str::contains("opened at"))
        .stdout(predicate::str::contains("^"))
        .stdout(predicate::str::contains("0 accepted, 1 rejected"));
}

#[test]
fn missing_path_exits_2_naming_it() {
    gencheck()
        .args(["check", "no/such/file.py"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no/such/file.py"))
        .stderr(predicate::str::contains("no such file"));
}

#[test]
fn bad_arguments_exit_2() {
    gencheck().args(["check"]).assert().code(2);
    gencheck()
        .args([
            "check",
            "--dialect",
            "klingon",
            &fixture("clean/sql/generic/library_schema.sql"),
        ])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("klingon").and(predicate::str::contains("postgres")));
    gencheck()
        .args([
            "check",
            "--lang",
            "cobol",
            &fixture("clean/sql/generic/library_schema.sql"),
        ])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("cobol"));
    gencheck()
        .args(["check", "--format", "xml", "x.py"])
        .assert()
        .code(2);
}

#[test]
fn stdin_uses_the_stdin_filename_extension() {
    gencheck()
        .args([
            "check",
            "-",
            "--stdin-filename",
            "models.py",
            "--format",
            "json",
        ])
        .write_stdin("def f(:\n    pass\n")
        .assert()
        .code(1)
        .stdout(predicate::str::contains("\"path\": \"models.py\""));
    gencheck()
        .args(["check", "-", "--stdin-filename", "q.sql"])
        .write_stdin("SELECT 1;\n")
        .assert()
        .code(0);
    // The same text as SQL is wrong.
    gencheck()
        .args(["check", "-", "--stdin-filename", "q.sql"])
        .write_stdin("def f(x):\n    return x\n")
        .assert()
        .code(1);
}

#[test]
fn lang_forces_the_grammar() {
    gencheck()
        .args([
            "check",
            "-",
            "--stdin-filename",
            "notes.txt",
            "--lang",
            "python",
        ])
        .write_stdin("x = (1,\n")
        .assert()
        .code(1);
}

#[test]
fn json_output_has_the_contract_shape() {
    // Outside a git work tree: no previous version, so `diff` is null.
    let dir = tempfile::tempdir().unwrap();
    fs::copy(
        fixture("syntax-error/sql/generic/from_from.sql"),
        dir.path().join("from_from.sql"),
    )
    .unwrap();
    let out = gencheck()
        .current_dir(dir.path())
        .args(["check", "--format", "json", "from_from.sql"])
        .assert()
        .code(1)
        .get_output()
        .stdout
        .clone();
    let doc = json(&out);
    assert_eq!(doc["schema"], "gencheck/v1");
    assert_eq!(doc["summary"]["files"], 1);
    assert_eq!(doc["summary"]["rejected"], 1);
    let file = &doc["files"][0];
    assert_eq!(file["language"], "sql");
    assert_eq!(file["accepted"], false);
    assert!(file["diff"].is_null());
    let f = &file["findings"][0];
    assert_eq!(f["rule"], "syntax-error");
    assert_eq!(f["severity"], "error");
    for end in ["start", "end"] {
        for key in ["line", "column", "offset"] {
            assert!(f["span"][end][key].as_u64().is_some(), "span.{end}.{key}");
        }
    }
    // The offset points at the reported line and column.
    let text = fs::read_to_string(fixture("syntax-error/sql/generic/from_from.sql")).unwrap();
    let offset = f["span"]["start"]["offset"].as_u64().unwrap() as usize;
    let line = f["span"]["start"]["line"].as_u64().unwrap() as usize;
    assert_eq!(text[..offset].matches('\n').count() + 1, line);
}

#[test]
fn directory_walk_honours_gitignore_and_sorts_output() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    fs::create_dir_all(root.join("pkg")).unwrap();
    fs::write(root.join(".gitignore"), "build/\n").unwrap();
    fs::create_dir_all(root.join("build")).unwrap();
    fs::write(root.join("build/broken.py"), "def f(:\n").unwrap();
    fs::write(root.join("pkg/b.py"), "x = 1\n").unwrap();
    fs::write(root.join("pkg/a.sql"), "SELECT 1;\n").unwrap();
    fs::write(root.join("README.txt"), "not code\n").unwrap();
    fs::write(root.join("tool"), "#!/usr/bin/env python3\nprint('hi')\n").unwrap();
    let out = gencheck()
        .current_dir(root)
        .args(["check", ".", "--format", "json"])
        .assert()
        .code(0)
        .get_output()
        .stdout
        .clone();
    let doc = json(&out);
    let paths: Vec<&str> = doc["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["path"].as_str().unwrap())
        .collect();
    assert_eq!(paths, ["pkg/a.sql", "pkg/b.py", "tool"]);
}

#[test]
fn explicit_file_of_unknown_language_is_reported_not_failed() {
    gencheck()
        .args([
            "check",
            "--color",
            "never",
            &fixture("unknown-language/variables.tf"),
        ])
        .assert()
        .code(0)
        .stdout(predicate::str::contains("info[unknown-language]"));
}

#[test]
fn empty_files_warn_and_strict_rejects_warnings() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("__init__.py"), "").unwrap();
    fs::write(dir.path().join("models.py"), "\n\n").unwrap();
    gencheck()
        .current_dir(dir.path())
        .args(["check", "__init__.py", "--color", "never"])
        .assert()
        .code(0)
        .stdout(predicate::str::contains("[empty-file]").not());
    gencheck()
        .current_dir(dir.path())
        .args(["check", "models.py", "--color", "never"])
        .assert()
        .code(0)
        .stdout(predicate::str::contains("warning[empty-file]"));
    gencheck()
        .current_dir(dir.path())
        .args(["check", "models.py", "--strict"])
        .assert()
        .code(1);
}

#[test]
fn not_text_is_a_finding_not_a_crash() {
    gencheck()
        .args(["check", "--color", "never", &fixture("not-text/binary.py")])
        .assert()
        .code(1)
        .stdout(predicate::str::contains("error[not-text]"));
}

#[test]
fn file_size_limit_rejects_the_unchecked_file_and_names_the_option() {
    gencheck()
        .args([
            "check",
            "--max-file-bytes",
            "10",
            "--color",
            "never",
            &fixture("clean/python/billing/invoice.py"),
        ])
        .assert()
        .code(1)
        .stdout(predicate::str::contains("error[limit-exceeded]"))
        .stdout(predicate::str::contains("--max-file-bytes"))
        .stdout(predicate::str::contains("under [limits]"));
}

#[test]
fn color_follows_the_flag_and_no_color() {
    let broken = fixture("syntax-error/python/missing_colon_if.py");
    gencheck()
        .args(["check", "--color", "always", &broken])
        .assert()
        .stdout(predicate::str::contains("\u{1b}["));
    gencheck()
        .env("NO_COLOR", "1")
        .args(["check", &broken])
        .assert()
        .stdout(predicate::str::contains("\u{1b}[").not());
}

#[test]
fn checking_never_modifies_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("broken.py");
    fs::write(&path, "def f(:\n").unwrap();
    let before = fs::metadata(&path).unwrap().modified().unwrap();
    gencheck().arg("check").arg(&path).assert().code(1);
    assert_eq!(fs::read(&path).unwrap(), b"def f(:\n");
    assert_eq!(fs::metadata(&path).unwrap().modified().unwrap(), before);
}

#[test]
fn dialect_by_extension_and_flag() {
    // `SELECT TOP 5` is T-SQL; PostgreSQL's parser rejects it.
    let dir = tempfile::tempdir().unwrap();
    fs::write(
        dir.path().join("q.pgsql"),
        "SELECT TOP 5 name FROM users;\n",
    )
    .unwrap();
    fs::write(dir.path().join("q.sql"), "SELECT TOP 5 name FROM users;\n").unwrap();
    gencheck()
        .current_dir(dir.path())
        .args(["check", "q.pgsql"])
        .assert()
        .code(1);
    gencheck()
        .current_dir(dir.path())
        .args(["check", "q.sql"])
        .assert()
        .code(0);
    gencheck()
        .current_dir(dir.path())
        .args(["check", "q.sql", "--dialect", "postgres"])
        .assert()
        .code(1);
}

// Regression: a JSONC path glob (`.vscode/*.json`) matched the path as typed,
// so `settings.json` checked from inside `.vscode/` was strict JSON and its
// comments were rejected.
#[test]
fn a_jsonc_file_named_from_inside_its_directory_is_jsonc() {
    let dir = tempfile::tempdir().unwrap();
    let vscode = dir.path().join(".vscode");
    std::fs::create_dir(&vscode).unwrap();
    std::fs::write(
        vscode.join("recommendations.json"),
        "{\n  // the team's extensions\n  \"recommendations\": [\"rust-lang.rust-analyzer\",],\n}\n",
    )
    .unwrap();
    gencheck_in(&vscode)
        .args(["check", "recommendations.json"])
        .assert()
        .code(0);
    gencheck_in(dir.path())
        .args(["check", ".vscode/recommendations.json"])
        .assert()
        .code(0);
    // The same text outside `.vscode/` is strict JSON: comments are errors.
    std::fs::write(
        dir.path().join("recommendations.json"),
        std::fs::read(vscode.join("recommendations.json")).unwrap(),
    )
    .unwrap();
    gencheck_in(dir.path())
        .args(["check", "recommendations.json"])
        .assert()
        .code(1);
}

// JSON5 is a checked language of its own: by extension, by Babel's file
// names, and with `--lang json5` for any name.
#[test]
fn json5_is_checked_by_name_and_with_lang() {
    let dir = tempfile::tempdir().unwrap();
    let good = "// comment\n{unquoted: 'single', hex: 0x1F, trailing: [1, 2,],}\n";
    let bad = "{a: 1 b: 2}\n";
    for (name, text) in [
        ("good.json5", good),
        (".babelrc", good),
        ("babel.config.json", good),
        ("good.txt", good),
        ("bad.json5", bad),
        ("bad.txt", bad),
    ] {
        std::fs::write(dir.path().join(name), text).unwrap();
    }
    for name in ["good.json5", ".babelrc", "babel.config.json"] {
        gencheck_in(dir.path())
            .args(["check", name])
            .assert()
            .code(0);
    }
    gencheck_in(dir.path())
        .args(["check", "--lang", "json5", "good.txt"])
        .assert()
        .code(0);
    gencheck_in(dir.path())
        .args(["check", "bad.json5"])
        .assert()
        .code(1)
        .stdout(predicates::str::contains(
            "expected `,` or `}` after a member, found `b`",
        ));
    gencheck_in(dir.path())
        .args(["check", "--lang", "json5", "bad.txt"])
        .assert()
        .code(1);
    // The same text as JSON: unquoted keys are JSON errors.
    gencheck_in(dir.path())
        .args(["check", "--lang", "json", "good.txt"])
        .assert()
        .code(1);
}

/// `--version` names each engine with the version Cargo.lock pins, and the
/// SQLite the binary really links.
#[test]
fn version_names_the_engines_as_locked() {
    let out = crate::common::gencheck().arg("--version").output().unwrap();
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.starts_with(&format!("gencheck {}\n", env!("CARGO_PKG_VERSION"))),
        "{text}"
    );
    let lock = std::fs::read_to_string(crate::common::manifest_dir().join("Cargo.lock")).unwrap();
    let locked = |name: &str| -> String {
        let at = lock
            .find(&format!("\nname = \"{name}\"\n"))
            .unwrap_or_else(|| panic!("{name} not in Cargo.lock"));
        let rest = &lock[at..];
        let v = rest.split("version = \"").nth(1).unwrap();
        v[..v.find('"').unwrap()].to_string()
    };
    for name in [
        "ruff_python_parser",
        "pg_query",
        "rusqlite",
        "sqlparser",
        "oxc_parser",
        "saphyr-parser",
        "lightningcss",
        "toml",
        "tree-sitter",
    ] {
        let want = format!("{name} {}", locked(name));
        assert!(text.contains(&want), "--version lacks `{want}`:\n{text}");
    }
    assert!(
        text.contains(&format!("SQLite {}", rusqlite::version())),
        "{text}"
    );
    // -V stays one line.
    let out = crate::common::gencheck().arg("-V").output().unwrap();
    assert_eq!(String::from_utf8_lossy(&out.stdout).lines().count(), 1);
}

/// The progress line shows on a terminal (a pseudo-terminal made by
/// `script`), is erased at the end, and never shows in captured output or
/// machine formats.
#[test]
fn progress_shows_on_a_terminal_only() {
    let sb = crate::common::Sandbox::new();
    let dir = sb.mkdir("d");
    for i in 0..300 {
        sb.write(&format!("d/m{i}.py"), crate::common::GOOD);
    }
    // Captured (not a terminal): no progress, whatever the delay.
    let out = sb
        .gencheck(&dir, &["check", "."])
        .env("GENCHECK_PROGRESS_AFTER_MS", "0")
        .output()
        .unwrap();
    assert!(!String::from_utf8_lossy(&out.stderr).contains("files checked,"));
    if std::process::Command::new("script")
        .arg("--version")
        .output()
        .is_err()
    {
        crate::common::missing(
            "`script` (util-linux/bsdutils) is missing",
            "apt-get install bsdutils",
        );
        return;
    }
    let run = |format: &str| -> String {
        let cmd = format!(
            "{} check . --threads 1 --format {format}",
            crate::common::bin().display()
        );
        let mut c = std::process::Command::new("script");
        c.current_dir(&dir)
            .args(["-qec", &cmd, "/dev/null"])
            .env("GENCHECK_PROGRESS_AFTER_MS", "0");
        crate::common::isolate(&mut c, &sb.top);
        String::from_utf8_lossy(&c.output().unwrap().stdout).into_owned()
    };
    let human = run("human");
    assert!(
        human.contains("files checked, 0 rejected\u{1b}[K"),
        "{human:?}"
    );
    assert!(
        human.contains("\r\u{1b}[K"),
        "the line is not erased: {human:?}"
    );
    assert!(
        human
            .trim_end()
            .ends_with("300 files checked: 300 accepted, 0 rejected"),
        "{human:?}"
    );
    let json = run("json");
    assert!(!json.contains("files checked,"), "{json:?}");
}
