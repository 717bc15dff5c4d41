//! The git workflows end to end, with the real git CLI in temporary
//! repositories: the installed hook, partially staged files, `commit -a`,
//! renames, deletions, linked worktrees, `ci` over a range, shallow clones.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde_json::Value;

use crate::common::{fixture, gencheck_in, isolate, paths, Sandbox, BROKEN, GOOD};

/// A temporary repository (`repo` in a sandbox) with an identity and no
/// signing.
struct Repo {
    sb: Sandbox,
    path: PathBuf,
}

impl Repo {
    fn new() -> Repo {
        let sb = Sandbox::new();
        let path = sb.repo("repo");
        Repo { sb, path }
    }

    /// A path beside the repository, in the same sandbox.
    fn beside(&self, rel: &str) -> PathBuf {
        self.sb.path(rel)
    }

    fn git_in(&self, dir: &Path, args: &[&str]) -> Output {
        self.sb.git_output(dir, args)
    }

    /// Run git; panic with its output when it fails.
    fn git(&self, args: &[&str]) -> String {
        self.sb.git(&self.path, args)
    }

    fn write(&self, rel: &str, text: &str) {
        self.sb.write(&format!("repo/{rel}"), text);
    }

    fn commit_all(&self, msg: &str) {
        self.sb.commit_all(&self.path, msg);
    }

    fn gencheck_in(&self, dir: &Path, args: &[&str]) -> Output {
        self.sb.run(dir, args)
    }

    fn gencheck(&self, args: &[&str]) -> Output {
        self.gencheck_in(&self.path, args)
    }

    fn json(&self, args: &[&str]) -> (i32, Value) {
        let mut full = args.to_vec();
        full.extend(["--format", "json"]);
        let out = self.gencheck(&full);
        let doc = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
            panic!(
                "{e}: {}{}",
                String::from_utf8_lossy(&out.stdout),
                String::from_utf8_lossy(&out.stderr)
            )
        });
        (out.status.code().unwrap(), doc)
    }
}

fn rules(doc: &Value, path: &str) -> Vec<String> {
    doc["files"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["path"] == path)
        .flat_map(|f| f["findings"].as_array().unwrap().iter())
        .map(|f| f["rule"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn installed_hook_blocks_a_broken_commit_and_passes_a_good_one() {
    let repo = Repo::new();
    repo.write("README.md", "hello\n");
    repo.commit_all("init");
    let out = repo.gencheck(&["install-hook"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let hook = repo.path.join(".git/hooks/pre-commit");
    assert!(fs::read_to_string(&hook).unwrap().contains("gencheck"));

    repo.write("app.py", BROKEN);
    repo.git(&["add", "app.py"]);
    let out = repo.git_in(&repo.path, &["commit", "-q", "-m", "broken"]);
    assert!(!out.status.success(), "the hook let a broken file through");
    // git sends a hook's output to stderr.
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(
        said.contains("syntax-error") && said.contains("app.py"),
        "{said}"
    );
    assert_eq!(repo.git(&["rev-list", "--count", "HEAD"]).trim(), "1");

    repo.write("app.py", GOOD);
    repo.git(&["add", "app.py"]);
    let out = repo.git_in(&repo.path, &["commit", "-q", "-m", "good"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    assert_eq!(repo.git(&["rev-list", "--count", "HEAD"]).trim(), "2");
}

#[test]
fn staged_checks_the_index_not_the_work_tree() {
    let repo = Repo::new();
    repo.write("app.py", GOOD);
    repo.commit_all("init");

    // Broken in the index, fixed in the work tree: rejected.
    repo.write("app.py", BROKEN);
    repo.git(&["add", "app.py"]);
    repo.write("app.py", GOOD);
    let (code, doc) = repo.json(&["staged"]);
    assert_eq!(code, 1, "{doc}");
    assert!(rules(&doc, "app.py").contains(&"syntax-error".to_string()));

    // Fine in the index, broken in the work tree: accepted.
    repo.write("app.py", "def total(items):\n    return sum(items) + 1\n");
    repo.git(&["add", "app.py"]);
    repo.write("app.py", BROKEN);
    let (code, doc) = repo.json(&["staged"]);
    assert_eq!(code, 0, "{doc}");
    assert_eq!(paths(&doc), ["app.py"]);
    assert_eq!(doc["files"][0]["diff"]["previous"], "HEAD");
    assert_eq!(doc["files"][0]["diff"]["lines_added"], 1);
}

/// `staged` reads a file from the work tree only when it is the staged
/// blob byte for byte: a clean filter (or an end-of-line conversion) makes
/// the blob differ from the file that `git status` calls unchanged.
#[test]
fn staged_checks_the_filtered_blob_not_the_file_it_came_from() {
    let repo = Repo::new();
    repo.write(".gitattributes", "*.py filter=strip\n");
    repo.git(&["config", "filter.strip.clean", "tr -d @"]);
    repo.git(&["config", "filter.strip.smudge", "cat"]);
    repo.write("app.py", "def total(items):\n    return sum(items)@\n");
    repo.git(&["add", "-A"]);
    assert_eq!(
        repo.git(&["show", ":app.py"]),
        "def total(items):\n    return sum(items)\n"
    );
    // The blob is valid Python; the file on disk is not.
    let (code, doc) = repo.json(&["staged"]);
    assert_eq!(code, 0, "{doc}");
    assert_eq!(paths(&doc), ["app.py"]);
    let out = repo.gencheck(&["check", "app.py"]);
    assert_eq!(out.status.code(), Some(1));
}

/// A repository of SHA-256 objects: the staged blob is recognised in the
/// work tree by its SHA-256 id, and one that differs is read from git.
#[test]
fn staged_in_a_sha256_repository() {
    let sb = Sandbox::new();
    let path = sb.mkdir("repo");
    sb.git(
        &path,
        &["init", "-q", "-b", "main", "--object-format=sha256"],
    );
    sb.git(&path, &["config", "commit.gpgsign", "false"]);
    sb.write("repo/app.py", GOOD);
    sb.commit_all(&path, "init");
    sb.write("repo/app.py", BROKEN);
    sb.git(&path, &["add", "app.py"]);
    let out = sb.run(&path, &["staged"]);
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    // Fixed in the work tree only: still the broken blob.
    sb.write("repo/app.py", GOOD);
    let out = sb.run(&path, &["staged"]);
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    sb.git(&path, &["add", "app.py"]);
    let out = sb.run(&path, &["staged"]);
    assert_eq!(out.status.code(), Some(0), "{out:?}");
}

#[test]
fn staged_never_touches_index_or_work_tree() {
    let repo = Repo::new();
    repo.write("a.py", GOOD);
    repo.commit_all("init");
    repo.write("a.py", BROKEN);
    repo.git(&["add", "a.py"]);
    repo.write("a.py", "x = 1\n");
    let index = repo.path.join(".git/index");
    // Let git settle the index's stat data first (and leave the racy-git
    // window), so that only gencheck could change it from here on.
    repo.git(&["status", "--porcelain"]);
    std::thread::sleep(std::time::Duration::from_millis(1100));
    repo.git(&["status", "--porcelain"]);
    let snapshot = || {
        (
            fs::read(&index).unwrap(),
            fs::metadata(&index).unwrap().modified().unwrap(),
            fs::read(repo.path.join("a.py")).unwrap(),
            fs::metadata(repo.path.join("a.py"))
                .unwrap()
                .modified()
                .unwrap(),
        )
    };
    let before = snapshot();
    let out = repo.gencheck(&["staged"]);
    assert_eq!(out.status.code(), Some(1));
    let after = snapshot();
    assert_eq!(before, after);
    assert_eq!(repo.git(&["status", "--porcelain"]), "MM a.py\n");
    assert_eq!(repo.git(&["stash", "list"]), "");
}

#[test]
fn commit_all_runs_the_hook_against_the_temporary_index() {
    let repo = Repo::new();
    repo.write("app.py", GOOD);
    repo.commit_all("init");
    assert!(repo.gencheck(&["install-hook"]).status.success());
    // Not staged: only `commit -a` puts it in the (temporary) index.
    repo.write("app.py", BROKEN);
    let out = repo.git_in(&repo.path, &["commit", "-q", "-a", "-m", "all"]);
    assert!(!out.status.success(), "commit -a let a broken file through");
    // `git commit <path>` uses a temporary index too.
    let out = repo.git_in(&repo.path, &["commit", "-q", "-m", "path", "app.py"]);
    assert!(
        !out.status.success(),
        "commit <path> let a broken file through"
    );
    repo.write("app.py", GOOD.replace("sum", "max").as_str());
    let out = repo.git_in(&repo.path, &["commit", "-q", "-a", "-m", "all"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
}

#[test]
fn renames_compare_against_the_old_path_and_deletions_are_skipped() {
    let repo = Repo::new();
    let before = fs::read_to_string(fixture("diff/orders_before.py")).unwrap();
    repo.write("orders.py", &before);
    repo.write("gone.py", GOOD);
    repo.commit_all("init");
    repo.git(&["mv", "orders.py", "service.py"]);
    repo.write(
        "service.py",
        &fs::read_to_string(fixture("diff/orders_after.py")).unwrap(),
    );
    repo.git(&["add", "service.py"]);
    repo.git(&["rm", "-q", "gone.py"]);
    let (code, doc) = repo.json(&["staged"]);
    assert_eq!(paths(&doc), ["service.py"], "deleted files are not checked");
    assert_eq!(code, 1, "{doc}");
    let file = &doc["files"][0];
    let unified = file["diff"]["unified"].as_str().unwrap();
    assert!(
        unified.starts_with("--- a/orders.py\n+++ b/service.py\n"),
        "{unified}"
    );
    let found = rules(&doc, "service.py");
    assert!(found.contains(&"placeholder".to_string()), "{found:?}");
    assert!(
        found.contains(&"definitions-removed".to_string()),
        "{found:?}"
    );
    let messages: Vec<&str> = file["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["message"].as_str().unwrap())
        .collect();
    assert!(
        messages
            .iter()
            .any(|m| m.contains("`OrderService.cancel` (line 15 in HEAD)")),
        "{messages:?}"
    );
    assert!(
        messages
            .iter()
            .any(|m| m.contains("`format_total`") && m.contains("renamed")),
        "{messages:?}"
    );
    assert!(
        messages
            .iter()
            .any(|m| m.contains("replaces") && m.contains("lines of the HEAD version")),
        "{messages:?}"
    );
}

#[test]
fn linked_worktree_and_hooks_path() {
    let repo = Repo::new();
    repo.write("a.py", GOOD);
    repo.commit_all("init");
    let wt = repo.beside("wt");
    repo.git(&["worktree", "add", "-q", wt.to_str().unwrap()]);
    let out = repo.gencheck_in(&wt, &["install-hook"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    fs::write(wt.join("b.py"), BROKEN).unwrap();
    repo.git_in(&wt, &["add", "b.py"]);
    let out = repo.git_in(&wt, &["commit", "-q", "-m", "wt"]);
    assert!(
        !out.status.success(),
        "the hook did not run in the linked worktree"
    );

    // core.hooksPath: the hook goes where git will look for it.
    repo.git(&["config", "core.hooksPath", ".githooks"]);
    let out = repo.gencheck(&["install-hook"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(repo.path.join(".githooks/pre-commit").exists());
}

#[test]
fn install_hook_refuses_a_foreign_hook_without_force() {
    let repo = Repo::new();
    let hook = repo.path.join(".git/hooks/pre-commit");
    fs::create_dir_all(hook.parent().unwrap()).unwrap();
    fs::write(&hook, "#!/bin/sh\nexec make lint\n").unwrap();
    let out = repo.gencheck(&["install-hook"]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("--force") && err.contains("pre-commit"),
        "{err}"
    );
    assert_eq!(
        fs::read_to_string(&hook).unwrap(),
        "#!/bin/sh\nexec make lint\n"
    );
    assert!(repo.gencheck(&["install-hook", "--force"]).status.success());
    assert!(fs::read_to_string(&hook).unwrap().contains("gencheck"));
    // Reinstalling over its own hook needs no --force.
    assert!(repo.gencheck(&["install-hook"]).status.success());
}

#[test]
fn ci_checks_every_file_changed_since_the_merge_base() {
    let repo = Repo::new();
    repo.write("a.py", GOOD);
    repo.write("b.sql", "SELECT 1;\n");
    repo.commit_all("init");
    repo.git(&["checkout", "-q", "-b", "feature"]);
    repo.write("a.py", "def total(items):\n    return sum(items) * 2\n");
    repo.commit_all("one");
    repo.write("c.sql", "SELEC name FROM users;\n");
    repo.commit_all("two");
    repo.write("d.py", GOOD);
    repo.commit_all("three");
    // main moves on; its changes are not the feature's.
    repo.git(&["checkout", "-q", "main"]);
    repo.write("e.py", BROKEN);
    repo.commit_all("main moves");
    repo.git(&["checkout", "-q", "feature"]);

    let (code, doc) = repo.json(&["ci", "--base", "main"]);
    assert_eq!(paths(&doc), ["a.py", "c.sql", "d.py"]);
    assert_eq!(code, 1);
    assert_eq!(rules(&doc, "c.sql"), ["syntax-error"]);
    assert!(doc["files"][0]["diff"]["previous"]
        .as_str()
        .unwrap()
        .starts_with("merge-base "));
    assert!(
        doc["files"][2]["diff"].is_null(),
        "an added file has no previous version"
    );

    let out = repo.gencheck(&["ci", "--base", "no-such-branch"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no-such-branch"));
}

#[test]
fn ci_in_a_shallow_clone_says_what_to_fetch() {
    let repo = Repo::new();
    repo.write("a.py", GOOD);
    repo.commit_all("one");
    let first = repo.git(&["rev-parse", "HEAD"]).trim().to_string();
    repo.write("b.py", GOOD);
    repo.commit_all("two");
    repo.write("c.py", BROKEN);
    repo.commit_all("three");
    let clone = repo.beside("shallow");
    let url = format!("file://{}", repo.path.display());
    repo.git(&["clone", "-q", "--depth", "1", &url, clone.to_str().unwrap()]);
    let out = repo.gencheck_in(&clone, &["ci", "--base", &first]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("shallow") && err.contains("git fetch"),
        "{err}"
    );
    // With the base fetched, it works.
    repo.git_in(&clone, &["fetch", "-q", "--deepen=2"]);
    let out = repo.gencheck_in(&clone, &["ci", "--base", &first, "--format", "json"]);
    let doc: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(paths(&doc), ["b.py", "c.py"]);
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn staged_and_ci_outside_a_repository_fail_clearly() {
    let sb = Sandbox::new();
    for args in [
        &["staged"][..],
        &["ci", "--base", "main"][..],
        &["install-hook"][..],
    ] {
        let out = sb.run(&sb.top, args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(
            String::from_utf8_lossy(&out.stderr).contains("not a git repository"),
            "{args:?}"
        );
    }
}

#[test]
fn check_diffs_against_head_and_previous_file() {
    let repo = Repo::new();
    repo.write(
        "orders.py",
        &fs::read_to_string(fixture("diff/orders_before.py")).unwrap(),
    );
    repo.commit_all("init");
    repo.write(
        "orders.py",
        &fs::read_to_string(fixture("diff/orders_after.py")).unwrap(),
    );
    let (code, doc) = repo.json(&["check", "orders.py"]);
    assert_eq!(code, 1);
    assert_eq!(doc["files"][0]["diff"]["previous"], "HEAD");
    // An empty file whose previous version had content is an error.
    repo.write("orders.py", "\n");
    let (code, doc) = repo.json(&["check", "orders.py"]);
    assert_eq!(code, 1);
    assert!(rules(&doc, "orders.py").contains(&"empty-file".to_string()));
    // --no-diff: no diff object.
    let (_, doc) = repo.json(&["check", "orders.py", "--no-diff"]);
    assert!(doc["files"][0]["diff"].is_null());
}

/// A few files (each one's HEAD version read directly) and many (only the
/// files git lists as changed are read): the same previous versions.
#[test]
fn previous_versions_of_few_and_many_files() {
    for n in [3usize, 40] {
        let repo = Repo::new();
        for i in 0..n {
            repo.write(
                &format!("m{i:02}.py"),
                &format!("def f{i}():\n    return {i}\n"),
            );
        }
        repo.commit_all("init");
        repo.write(
            "m01.py",
            "def f1():\n    return 1\n\n\ndef g():\n    return 2\n",
        );
        repo.write("m02.py", "def renamed():\n    return 2\n");
        repo.write("new.py", "def h():\n    return 3\n");
        let (code, doc) = repo.json(&["check", "."]);
        assert_eq!(code, 0, "{n} files: {doc}");
        let file = |name: &str| {
            doc["files"]
                .as_array()
                .unwrap()
                .iter()
                .find(|f| f["path"] == name)
                .unwrap_or_else(|| panic!("{name} not in {doc}"))
                .clone()
        };
        assert_eq!(file("m01.py")["diff"]["lines_added"], 4, "{n} files");
        assert_eq!(file("m00.py")["diff"]["lines_added"], 0, "{n} files");
        assert!(file("new.py")["diff"].is_null(), "{n} files");
        let removed = file("m02.py")["findings"].to_string();
        assert!(removed.contains("`f2`"), "{n} files: {removed}");
    }
}

#[test]
fn human_diff_output_snapshot() {
    let out = gencheck_in(crate::common::manifest_dir())
        .args([
            "check",
            "fixtures/diff/orders_after.py",
            "--previous",
            "fixtures/diff/orders_before.py",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    insta::assert_snapshot!(String::from_utf8_lossy(&out.stdout));
}

/// The pre-commit framework's own `try-repo`, against this repository's
/// `.pre-commit-hooks.yaml` (the `gencheck-system` hook, with the binary
/// under test on PATH): `$PRE_COMMIT_BIN`, else `pre-commit` on PATH. Where
/// neither is found it fails under CI (`.ci/run` installs pre-commit and sets
/// `CI`), and elsewhere is skipped, saying so.
#[test]
fn pre_commit_framework_runs_the_hook() {
    let Some(pre_commit) = crate::common::pre_commit() else {
        return;
    };
    let repo = Repo::new();
    repo.write("README.md", "hello\n");
    repo.commit_all("init");
    repo.write("app.py", BROKEN);
    repo.git(&["add", "app.py"]);
    let bin = crate::common::bin();
    let bin_dir = bin.parent().unwrap().to_path_buf();
    let path = std::env::join_paths(std::iter::once(bin_dir).chain(std::env::split_paths(
        &std::env::var_os("PATH").unwrap_or_default(),
    )))
    .unwrap();
    let home = repo.beside("pre-commit-home");
    let run = |files: &str| {
        isolate(
            Command::new(&pre_commit)
                .current_dir(&repo.path)
                .env("PATH", &path)
                .env("PRE_COMMIT_HOME", &home)
                .args([
                    "try-repo",
                    env!("CARGO_MANIFEST_DIR"),
                    "gencheck-system",
                    "--files",
                    files,
                ]),
            &repo.sb.top,
        )
        .output()
        .unwrap_or_else(|e| panic!("running {}: {e}", pre_commit.display()))
    };
    let out = run("app.py");
    let said = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(!out.status.success(), "{said}");
    assert!(said.contains("syntax-error"), "{said}");
    repo.write("app.py", GOOD);
    repo.git(&["add", "app.py"]);
    let out = run("app.py");
    let said = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.status.success(), "{said}");
}
