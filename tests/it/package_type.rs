//! A `.js` file follows its nearest `package.json`'s `"type"`: in a
//! `"type": "module"` package it must parse as an ES module (what Node and
//! every bundler load it as); elsewhere it may be a script, CommonJS or a
//! module. The real binary, in temporary directories and repositories.

use std::process::Output;

use crate::common::{describe, text, Sandbox};

/// Sloppy-mode JavaScript: valid as a script, never as a module.
const SLOPPY: &[(&str, &str)] = &[
    (
        "with.js",
        "const o = { x: 1 };\nwith (o) {\n  console.log(x);\n}\n",
    ),
    ("octal.js", "var mode = 0755;\nmodule.exports = mode;\n"),
    (
        "html_comment.js",
        "<!-- hide from old browsers\nvar shown = true;\n// -->\n",
    ),
    (
        "top_level_return.js",
        "if (typeof window === 'undefined') return;\nwindow.ready = true;\n",
    ),
];

/// A module: `import`, `export`, top-level `await`.
const MODULE: &str =
    "import { readFile } from 'node:fs/promises';\nexport const config = JSON.parse(await readFile('c.json', 'utf8'));\n";

fn check(sb: &Sandbox, dir: &str, file: &str) -> Output {
    sb.run(&sb.path(dir), &["check", file])
}

#[test]
fn a_module_package_rejects_sloppy_scripts_and_names_its_package_json() {
    let sb = Sandbox::new();
    sb.write(
        "pkg/package.json",
        "{\n  \"name\": \"pkg\",\n  \"type\": \"module\"\n}\n",
    );
    sb.write("pkg/src/esm.js", MODULE);
    for (name, code) in SLOPPY {
        sb.write(&format!("pkg/src/{name}"), code);
        let out = check(&sb, "pkg", &format!("src/{name}"));
        assert_eq!(out.status.code(), Some(1), "{name}: {}", describe(&out));
        let stdout = text(&out.stdout);
        assert!(stdout.contains("syntax-error"), "{name}: {stdout}");
        assert!(
            stdout.contains("`package.json` says \"type\": \"module\""),
            "{name}: {stdout}"
        );
    }
    let out = check(&sb, "pkg", "src/esm.js");
    assert_eq!(out.status.code(), Some(0), "{}", describe(&out));
    // `.cjs` is CommonJS whatever the package says.
    sb.write("pkg/src/legacy.cjs", SLOPPY[3].1);
    let out = check(&sb, "pkg", "src/legacy.cjs");
    assert_eq!(out.status.code(), Some(0), "{}", describe(&out));
    // A directory walk reads the package once for all its files.
    let out = sb.run(&sb.path("pkg"), &["check", "src", "--format", "json"]);
    assert_eq!(out.status.code(), Some(1), "{}", describe(&out));
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let rejected: Vec<&str> = doc["files"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["accepted"] == false)
        .map(|f| f["path"].as_str().unwrap())
        .collect();
    assert_eq!(rejected.len(), SLOPPY.len(), "{rejected:?}");
}

#[test]
fn commonjs_or_no_type_accepts_scripts_and_modules() {
    let sb = Sandbox::new();
    sb.write("cjs/package.json", "{\"type\": \"commonjs\"}\n");
    sb.write("plain/package.json", "{\"name\": \"plain\"}\n");
    sb.mkdir("none");
    for dir in ["cjs", "plain", "none"] {
        for (name, code) in SLOPPY.iter().chain([&("esm.js", MODULE)]) {
            sb.write(&format!("{dir}/{name}"), code);
            let out = check(&sb, dir, name);
            assert_eq!(
                out.status.code(),
                Some(0),
                "{dir}/{name}: {}",
                describe(&out)
            );
        }
    }
}

#[test]
fn the_nearest_package_json_wins_and_a_broken_one_is_ignored() {
    let sb = Sandbox::new();
    sb.write("app/package.json", "{\"type\": \"module\"}\n");
    // A nested package without "type" is CommonJS: its files may be scripts.
    sb.write("app/vendor/old/package.json", "{\"name\": \"old\"}\n");
    sb.write("app/vendor/old/with.js", SLOPPY[0].1);
    let out = check(&sb, "app", "vendor/old/with.js");
    assert_eq!(out.status.code(), Some(0), "{}", describe(&out));
    // Below it, without a package.json of its own: still the nested one.
    sb.write("app/vendor/old/lib/with.js", SLOPPY[0].1);
    let out = check(&sb, "app", "vendor/old/lib/with.js");
    assert_eq!(out.status.code(), Some(0), "{}", describe(&out));
    // An invalid package.json is no answer (never a failed check).
    sb.write("app/broken/package.json", "{\"type\": \"module\",\n");
    sb.write("app/broken/with.js", SLOPPY[0].1);
    let out = check(&sb, "app", "broken/with.js");
    assert_eq!(out.status.code(), Some(0), "{}", describe(&out));
    assert!(text(&out.stderr).is_empty(), "{}", describe(&out));
    // node_modules is a boundary, as in Node.
    sb.write("app/node_modules/dep/with.js", SLOPPY[0].1);
    let out = check(&sb, "app", "node_modules/dep/with.js");
    assert_eq!(out.status.code(), Some(0), "{}", describe(&out));
    // .jsx follows the package too.
    sb.write("app/src/View.jsx", "const v = <b>{017}</b>;\n");
    let out = check(&sb, "app", "src/View.jsx");
    assert_eq!(out.status.code(), Some(1), "{}", describe(&out));
}

#[test]
fn a_repository_root_stops_the_walk() {
    let sb = Sandbox::new();
    sb.write("package.json", "{\"type\": \"module\"}\n");
    let repo = sb.repo("repo");
    sb.write("repo/with.js", SLOPPY[0].1);
    let out = sb.run(&repo, &["check", "with.js"]);
    assert_eq!(out.status.code(), Some(0), "{}", describe(&out));
}

#[test]
fn staged_reads_the_work_tree_package_ci_and_stdin_do_not() {
    let sb = Sandbox::new();
    let repo = sb.repo("repo");
    sb.write("repo/package.json", "{\"type\": \"module\"}\n");
    sb.write("repo/README.md", "hello\n");
    sb.commit_all(&repo, "init");
    sb.write("repo/src/with.js", SLOPPY[0].1);
    sb.git(&repo, &["add", "src/with.js"]);
    // staged: the blob stands for the work tree's file, whose package is a
    // module package.
    let out = sb.run(&repo, &["staged"]);
    assert_eq!(out.status.code(), Some(1), "{}", describe(&out));
    assert!(
        text(&out.stdout).contains("\"type\": \"module\""),
        "{}",
        describe(&out)
    );
    sb.git(&repo, &["commit", "-q", "--no-verify", "-m", "add"]);
    // ci: git objects of any revision, the work tree may hold another:
    // today's reading (a script, CommonJS or a module).
    let out = sb.run(&repo, &["ci", "--base", "HEAD~1"]);
    assert_eq!(out.status.code(), Some(0), "{}", describe(&out));
    // Standard input has no directory.
    let out = sb.run_stdin(
        &repo,
        &["check", "-", "--stdin-filename", "src/other.js"],
        SLOPPY[0].1.as_bytes(),
    );
    assert_eq!(out.status.code(), Some(0), "{}", describe(&out));
}
