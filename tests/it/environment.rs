//! The run in a hostile environment, end to end with the real binary and
//! real git repositories built with the git CLI in temporary directories:
//!
//! - bad environments (no repository, a missing revision, unreadable files
//!   and directories, broken symbolic links, a configuration that is not
//!   UTF-8, a path that does not exist) fail the run with exit status 2 and
//!   one line on stderr that names the path or revision and the problem;
//! - no command writes anything: every file and directory of the repository,
//!   `.git` included, keeps its bytes and its modification time;
//! - concurrent runs, and runs while other processes rewrite the files or
//!   `git add` them, never crash and never report as accepted a version of a
//!   file that is not valid.

use std::collections::BTreeMap;
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime};

use serde_json::Value;

use crate::common::{describe, isolate, paths, text, Sandbox, BROKEN, GOOD};

const GOOD_SQL: &str = "SELECT id, name FROM users WHERE id = 1;\n";
const BROKEN_SQL: &str = "SELECT id, name FROM users WHERE (id = 1;\n";
const FORMATS: [&str; 5] = ["human", "json", "sarif", "github", "concise"];

// ---------------------------------------------------------------------------
// Helpers (the sandbox, git and the binary are in `common`).
// ---------------------------------------------------------------------------

/// The run failed (exit status 2) with one line on stderr that contains
/// every one of `needles`, and nothing on stdout (no verdict, no summary).
fn assert_run_failure(out: &Output, what: &str, needles: &[&str]) {
    assert_eq!(out.status.code(), Some(2), "{what}: {}", describe(out));
    assert!(
        out.stdout.is_empty(),
        "{what}: a failed run printed a verdict: {}",
        describe(out)
    );
    let stderr = text(&out.stderr);
    let lines: Vec<&str> = stderr.lines().collect();
    assert_eq!(lines.len(), 1, "{what}: not one line on stderr: {stderr:?}");
    assert!(
        lines[0].starts_with("gencheck: error: "),
        "{what}: {stderr:?}"
    );
    for needle in needles {
        assert!(
            lines[0].contains(needle),
            "{what}: stderr does not say {needle:?}: {stderr:?}"
        );
    }
}

fn json(out: &Output, what: &str) -> Value {
    serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("{what}: invalid JSON ({e}): {}", describe(out)))
}

fn files(doc: &Value) -> &Vec<Value> {
    doc["files"].as_array().expect("files")
}

// ---------------------------------------------------------------------------
// Permissions: chmod 000 stops everyone but root.
// ---------------------------------------------------------------------------

/// How to run gencheck so that a `chmod 000` path is unreadable to it.
enum Reader {
    /// This test process cannot read it either: run gencheck as is.
    Us,
    /// We are root (or have CAP_DAC_OVERRIDE), as in CI: run this gencheck
    /// binary as `nobody` through `setpriv`, which drops the privilege.
    Nobody(PathBuf),
}

const NOBODY: [&str; 4] = ["--reuid=65534", "--regid=65534", "--clear-groups", "--"];

/// Decide how to run gencheck on `locked` (already `chmod 000`). As root,
/// gencheck runs as `nobody`; when `nobody` cannot run the built binary
/// where it is (a checkout below a private home), a copy in the sandbox.
/// `None` (after `common::missing`, which fails the test under CI) when no
/// unprivileged reader can be had.
fn unprivileged_reader(sandbox: &Sandbox, locked: &Path) -> Option<Reader> {
    let readable = if locked.is_dir() {
        fs::read_dir(locked).is_ok()
    } else {
        fs::File::open(locked).is_ok()
    };
    if !readable {
        return Some(Reader::Us);
    }
    // Privileged: chmod 000 does not stop us. Run as `nobody`, which needs
    // every directory above the sandbox's files to be searchable.
    chmod(&sandbox.top, 0o755);
    let probe = |args: &[&std::ffi::OsStr]| {
        Command::new("setpriv")
            .args(NOBODY)
            .args(args)
            .stdin(Stdio::null())
            .output()
            .is_ok_and(|o| o.status.success())
    };
    let runs = |bin: &Path| probe(&[bin.as_os_str(), "--version".as_ref()]);
    let mut bin = crate::common::bin();
    if !runs(&bin) {
        let copy = sandbox.path("bin/gencheck");
        fs::create_dir_all(copy.parent().unwrap()).unwrap();
        fs::copy(&bin, &copy).unwrap();
        chmod(&copy, 0o755);
        bin = copy;
    }
    let runs = runs(&bin);
    let still_readable = probe(&["test".as_ref(), "-r".as_ref(), locked.as_os_str()]);
    if runs && !still_readable {
        return Some(Reader::Nobody(bin));
    }
    crate::common::missing(
        &format!(
            "{} stays readable to this test (running as root) and `setpriv` cannot run \
             gencheck as an unprivileged user here (setpriv runs it: {runs}, still readable: \
             {still_readable}), so the assertion on unreadable paths cannot be made",
            locked.display()
        ),
        "run as a user other than root, or where `setpriv` (util-linux) can switch to uid 65534",
    );
    None
}

fn run_as(sandbox: &Sandbox, reader: &Reader, dir: &Path, args: &[&str]) -> Output {
    match reader {
        Reader::Us => sandbox.run(dir, args),
        Reader::Nobody(bin) => {
            let mut cmd = Command::new("setpriv");
            cmd.args(NOBODY)
                .arg(bin)
                .args(args)
                .current_dir(dir)
                .stdin(Stdio::null())
                // `nobody` cannot read root's home: git and the walker's
                // global excludes look in the sandbox instead.
                .env("HOME", &sandbox.top);
            isolate(&mut cmd, &sandbox.top);
            cmd.output().unwrap()
        }
    }
}

fn chmod(path: &Path, mode: u32) {
    fs::set_permissions(path, std::os::unix::fs::PermissionsExt::from_mode(mode)).unwrap();
}

// ---------------------------------------------------------------------------
// 1. Bad environments: exit status 2, one clear line.
// ---------------------------------------------------------------------------

#[test]
fn staged_and_ci_outside_a_repository_fail_naming_the_directory() {
    let sb = Sandbox::new();
    let plain = sb.mkdir("plain");
    sb.write("plain/app.py", BROKEN);
    // Make sure the premise holds: git finds no repository here.
    let probe = sb.git_output(&plain, &["rev-parse", "--git-dir"]);
    assert!(
        !probe.status.success(),
        "the sandbox is inside a repository"
    );

    let dir = plain.display().to_string();
    for args in [
        &["staged"][..],
        &["staged", "--format", "json"],
        &["ci", "--base", "main"],
        &[
            "ci", "--base", "main", "--head", "HEAD", "--format", "sarif",
        ],
    ] {
        let out = sb.run(&plain, args);
        assert_run_failure(
            &out,
            &format!("{args:?} outside a repository"),
            &[&dir, "not a git repository"],
        );
    }

    // GIT_DIR naming a directory that is not a repository: named too.
    let missing = sb.path("no-such-git-dir");
    let out = sb
        .gencheck(&plain, &["staged"])
        .env("GIT_DIR", &missing)
        .output()
        .unwrap();
    assert_run_failure(
        &out,
        "staged with a bad GIT_DIR",
        &["not a git repository", &missing.display().to_string()],
    );

    // `check` needs no repository: it checks the file and rejects it.
    let out = sb.run(&plain, &["check", "app.py"]);
    assert_eq!(out.status.code(), Some(1), "{}", describe(&out));
}

#[test]
fn ci_with_a_missing_revision_names_the_option_and_the_revision() {
    let sb = Sandbox::new();
    let repo = sb.repo("repo");
    sb.write("repo/app.py", GOOD);
    sb.commit_all(&repo, "init");

    let out = sb.run(&repo, &["ci", "--base", "no-such-rev"]);
    assert_run_failure(
        &out,
        "--base no-such-rev",
        &["--base", "`no-such-rev`", "not in this repository"],
    );
    let out = sb.run(&repo, &["ci", "--base", "main", "--head", "no-such-rev"]);
    assert_run_failure(
        &out,
        "--head no-such-rev",
        &["--head", "`no-such-rev`", "not in this repository"],
    );
    // Both exist: the run works (nothing changed, nothing to reject).
    let out = sb.run(&repo, &["ci", "--base", "main"]);
    assert_eq!(out.status.code(), Some(0), "{}", describe(&out));
}

#[test]
fn a_path_that_does_not_exist_fails_the_run() {
    let sb = Sandbox::new();
    let dir = sb.mkdir("plain");
    sb.write("plain/ok.py", GOOD);
    for args in [
        &["check", "missing.py"][..],
        &["check", "ok.py", "missing.py"],
        &["check", "missing-dir/"],
        &["check", "missing.py", "--format", "json"],
    ] {
        let out = sb.run(&dir, args);
        assert_run_failure(
            &out,
            &format!("{args:?}"),
            &["missing", "no such file or directory"],
        );
    }
    let out = sb.run(
        &dir,
        &["check", "ok.py", "--previous", "missing-previous.py"],
    );
    assert_run_failure(
        &out,
        "--previous missing",
        &["missing-previous.py", "no such file"],
    );
}

#[test]
fn an_unreadable_file_fails_the_run() {
    let sb = Sandbox::new();
    let dir = sb.mkdir("plain");
    sb.write("plain/ok.py", GOOD);
    let secret = sb.write("plain/secret.py", GOOD);
    chmod(&secret, 0o000);
    let Some(reader) = unprivileged_reader(&sb, &secret) else {
        return;
    };
    // Named on the command line, alone or with others, in every format.
    for args in [
        &["check", "secret.py"][..],
        &["check", "ok.py", "secret.py"],
        &["check", "secret.py", "--format", "json"],
    ] {
        let out = run_as(&sb, &reader, &dir, args);
        assert_run_failure(
            &out,
            &format!("{args:?} on a chmod 000 file"),
            &["secret.py", "cannot read", "Permission denied"],
        );
    }
    // Found in a directory: never skipped, never accepted.
    let out = run_as(&sb, &reader, &dir, &["check", "."]);
    assert_run_failure(
        &out,
        "check . with a chmod 000 file",
        &["secret.py", "cannot read", "Permission denied"],
    );
    // The control: readable again, the same runs are accepted.
    chmod(&secret, 0o644);
    let out = run_as(&sb, &reader, &dir, &["check", "."]);
    assert_eq!(out.status.code(), Some(0), "{}", describe(&out));
}

#[test]
fn an_unreadable_directory_in_a_walk_fails_the_run() {
    let sb = Sandbox::new();
    let dir = sb.mkdir("plain");
    sb.write("plain/src/ok.py", GOOD);
    sb.write("plain/src/locked/hidden.py", BROKEN);
    let locked = sb.path("plain/src/locked");
    chmod(&locked, 0o000);
    let Some(reader) = unprivileged_reader(&sb, &locked) else {
        chmod(&locked, 0o755);
        return;
    };
    for args in [&["check", "."][..], &["check", "src", "--format", "json"]] {
        let out = run_as(&sb, &reader, &dir, args);
        assert_run_failure(
            &out,
            &format!("{args:?} with a chmod 000 directory"),
            &["src/locked", "cannot read directory", "Permission denied"],
        );
    }
    // The control: readable again, the broken file below it is found.
    chmod(&locked, 0o755);
    let out = run_as(&sb, &reader, &dir, &["check", "."]);
    assert_eq!(out.status.code(), Some(1), "{}", describe(&out));
    assert!(text(&out.stdout).contains("src/locked/hidden.py"));
}

#[test]
fn a_broken_symlink_named_on_the_command_line_fails_the_run() {
    let sb = Sandbox::new();
    let dir = sb.mkdir("plain");
    sb.write("plain/ok.py", GOOD);
    std::os::unix::fs::symlink("gone.py", dir.join("dangling.py")).unwrap();
    for args in [
        &["check", "dangling.py"][..],
        &["check", "ok.py", "dangling.py", "--format", "json"],
    ] {
        let out = sb.run(&dir, args);
        assert_run_failure(
            &out,
            &format!("{args:?}"),
            &["dangling.py", "broken symbolic link", "gone.py"],
        );
    }
    // A live link named on the command line is checked as its target.
    std::os::unix::fs::symlink("ok.py", dir.join("alias.py")).unwrap();
    let out = sb.run(&dir, &["check", "alias.py", "--format", "json"]);
    assert_eq!(out.status.code(), Some(0), "{}", describe(&out));
    assert_eq!(paths(&json(&out, "alias.py")), ["alias.py"]);
}

/// The decision: in a walk, a symbolic link to a file is checked as that
/// file, under the link's name (as when it is named); a link to a directory
/// is not followed; a broken link whose name implies a checked language
/// fails the run naming it, as a file that cannot be read does. A broken
/// link of no checked language is not code and is left alone, like any
/// such file.
#[test]
fn a_broken_symlink_found_in_a_walk_fails_the_run() {
    let sb = Sandbox::new();
    let dir = sb.mkdir("plain");
    sb.write("plain/src/ok.py", GOOD);
    sb.write("plain/elsewhere/bad.py", BROKEN);
    std::os::unix::fs::symlink("../elsewhere/bad.py", dir.join("src/linked.py")).unwrap();
    std::os::unix::fs::symlink("../elsewhere", dir.join("src/linked-dir")).unwrap();
    std::os::unix::fs::symlink("nowhere.csv", dir.join("src/data.csv")).unwrap();

    // Live links only: the linked file is checked under the link's name (and
    // rejected), the linked directory is not walked.
    let out = sb.run(&dir, &["check", "src", "--format", "json"]);
    assert_eq!(out.status.code(), Some(1), "{}", describe(&out));
    let doc = json(&out, "check src");
    assert_eq!(paths(&doc), ["src/linked.py", "src/ok.py"]);
    assert_eq!(files(&doc)[0]["accepted"], false);

    std::os::unix::fs::symlink("gone.sql", dir.join("src/dangling.sql")).unwrap();
    for args in [&["check", "src"][..], &["check", ".", "--format", "json"]] {
        let out = sb.run(&dir, args);
        assert_run_failure(
            &out,
            &format!("{args:?} with a broken link"),
            &["src/dangling.sql", "broken symbolic link", "gone.sql"],
        );
    }
}

#[test]
fn a_config_that_is_not_utf8_fails_every_command() {
    let sb = Sandbox::new();
    let repo = sb.repo("repo");
    sb.write("repo/app.py", GOOD);
    sb.commit_all(&repo, "init");
    sb.git(&repo, &["branch", "base"]);
    sb.write("repo/gencheck.toml", b"exclude = [\"\xff\xfe\"]\n");
    for args in [
        &["check", "app.py"][..],
        &["check", "."],
        &["staged"],
        &["ci", "--base", "base"],
    ] {
        let out = sb.run(&repo, args);
        assert_run_failure(
            &out,
            &format!("{args:?} with a non-UTF-8 gencheck.toml"),
            &["gencheck.toml", "UTF-8"],
        );
    }
    // Named with --config, from elsewhere.
    let other = sb.write("other.toml", b"[rules]\n\xff = \"off\"\n");
    let out = sb.run(
        &repo,
        &["check", "app.py", "--config", other.to_str().unwrap()],
    );
    assert_run_failure(&out, "--config other.toml", &["other.toml", "UTF-8"]);
    // A pyproject.toml with a [tool.gencheck] table is ours too; one
    // without it is another tool's business, whatever its bytes.
    std::fs::remove_file(sb.path("repo/gencheck.toml")).unwrap();
    sb.write(
        "repo/pyproject.toml",
        b"[project]\nname = \"caf\xe9\"\n[tool.gencheck]\nexclude = []\n",
    );
    let out = sb.run(&repo, &["check", "app.py"]);
    assert_run_failure(
        &out,
        "non-UTF-8 pyproject.toml",
        &["pyproject.toml", "UTF-8"],
    );
    sb.write("repo/pyproject.toml", b"[project]\nname = \"caf\xe9\"\n");
    let out = sb.run(&repo, &["check", "app.py"]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// `check - --stdin-filename NAME` of a tracked, unchanged NAME: standard
/// input is not the work-tree file, so its previous version is NAME in
/// HEAD, not standard input itself.
#[test]
fn stdin_named_as_a_tracked_file_diffs_against_head() {
    let sb = Sandbox::new();
    let repo = sb.repo("repo");
    let mut long = String::new();
    for i in 0..30 {
        long.push_str(&format!("def f{i}(x):\n    return x + {i}\n\n"));
    }
    sb.write("repo/app.py", &long);
    sb.commit_all(&repo, "init");
    // gencheck trusts git's "unchanged" only for files that have not
    // changed (ctime) in the two seconds before the run: let app.py settle,
    // so that this is the case where it does.
    std::thread::sleep(Duration::from_millis(2500));
    // Standard input: the first few functions only.
    let short: String = long.lines().take(6).map(|l| format!("{l}\n")).collect();
    let out = sb.run_stdin(
        &repo,
        &[
            "check",
            "-",
            "--stdin-filename",
            "app.py",
            "--format",
            "json",
        ],
        short.as_bytes(),
    );
    let doc = json(&out, "stdin as app.py");
    let file = &files(&doc)[0];
    assert_eq!(file["diff"]["previous"], "HEAD", "{doc:#}");
    assert!(
        file["diff"]["lines_removed"].as_u64().unwrap() > 50,
        "standard input was diffed against itself, not HEAD: {doc:#}"
    );
    let rules: Vec<&str> = file["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["rule"].as_str().unwrap())
        .collect();
    assert!(rules.contains(&"definitions-removed"), "{doc:#}");
}

// ---------------------------------------------------------------------------
// 2. No command writes anything.
// ---------------------------------------------------------------------------

#[derive(Debug, PartialEq)]
enum Entry {
    File { bytes: Vec<u8>, mtime: SystemTime },
    Dir { mtime: SystemTime },
    Link { target: PathBuf },
}

/// Every file, directory and link below `root` (`.git` included): bytes,
/// modification times, link targets.
fn snapshot(root: &Path) -> BTreeMap<PathBuf, Entry> {
    fn walk(root: &Path, dir: &Path, out: &mut BTreeMap<PathBuf, Entry>) {
        for entry in fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            let rel = path.strip_prefix(root).unwrap().to_path_buf();
            let meta = fs::symlink_metadata(&path).unwrap();
            if meta.is_symlink() {
                out.insert(
                    rel,
                    Entry::Link {
                        target: fs::read_link(&path).unwrap(),
                    },
                );
            } else if meta.is_dir() {
                out.insert(
                    rel,
                    Entry::Dir {
                        mtime: meta.modified().unwrap(),
                    },
                );
                walk(root, &path, out);
            } else {
                out.insert(
                    rel,
                    Entry::File {
                        bytes: fs::read(&path).unwrap(),
                        mtime: meta.modified().unwrap(),
                    },
                );
            }
        }
    }
    let mut out = BTreeMap::new();
    out.insert(
        PathBuf::from("."),
        Entry::Dir {
            mtime: fs::metadata(root).unwrap().modified().unwrap(),
        },
    );
    walk(root, root, &mut out);
    out
}

/// Panic with every difference between two snapshots, precisely.
fn assert_unchanged(
    before: &BTreeMap<PathBuf, Entry>,
    after: &BTreeMap<PathBuf, Entry>,
    what: &str,
) {
    let mut diffs = Vec::new();
    for (path, old) in before {
        match after.get(path) {
            None => diffs.push(format!("removed: {}", path.display())),
            Some(new) if new == old => {}
            Some(new) => {
                let change = match (old, new) {
                    (
                        Entry::File {
                            bytes: b0,
                            mtime: m0,
                        },
                        Entry::File {
                            bytes: b1,
                            mtime: m1,
                        },
                    ) => {
                        let mut parts = Vec::new();
                        if b0 != b1 {
                            parts.push(format!("content {} -> {} bytes", b0.len(), b1.len()));
                        }
                        if m0 != m1 {
                            parts.push(format!("mtime {m0:?} -> {m1:?}"));
                        }
                        parts.join(", ")
                    }
                    (Entry::Dir { mtime: m0 }, Entry::Dir { mtime: m1 }) => format!(
                        "directory mtime {m0:?} -> {m1:?} (an entry was created or removed in it)"
                    ),
                    _ => format!("{old:?} became {new:?}"),
                };
                diffs.push(format!("changed: {}: {change}", path.display()));
            }
        }
    }
    for path in after.keys().filter(|p| !before.contains_key(*p)) {
        diffs.push(format!("created: {}", path.display()));
    }
    assert!(
        diffs.is_empty(),
        "{what} wrote to the repository:\n  {}",
        diffs.join("\n  ")
    );
}

/// Set every file's and directory's times an hour back (directories last),
/// so that any rewrite shows, and a work-tree file's stat data no longer
/// matches the index (which tempts git to refresh the index).
fn age(root: &Path) {
    let past = SystemTime::now() - Duration::from_secs(3600);
    let times = fs::FileTimes::new().set_accessed(past).set_modified(past);
    fn visit(dir: &Path, times: fs::FileTimes) {
        for entry in fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            let meta = fs::symlink_metadata(&path).unwrap();
            if meta.is_dir() {
                visit(&path, times);
            }
            if !meta.is_symlink() {
                fs::File::open(&path).unwrap().set_times(times).unwrap();
            }
        }
    }
    visit(root, times);
    fs::File::open(root).unwrap().set_times(times).unwrap();
}

#[test]
fn no_command_writes_anything() {
    let sb = Sandbox::new();
    let repo = sb.repo("repo");
    // main: the base of the range.
    sb.write("repo/clean.py", GOOD);
    sb.write("repo/edit.py", GOOD);
    sb.write("repo/db/report.sql", GOOD_SQL);
    sb.commit_all(&repo, "base");
    // feature: a broken edit, a good and a broken new file.
    sb.git(&repo, &["checkout", "-q", "-b", "feature"]);
    sb.write("repo/edit.py", BROKEN);
    sb.write("repo/db/new.sql", GOOD_SQL);
    sb.write("repo/db/new_bad.sql", BROKEN_SQL);
    sb.commit_all(&repo, "feature");
    // The index: a broken and a good staged file. The work tree: an
    // unstaged broken edit and an untracked good file.
    sb.write("repo/staged_bad.py", BROKEN);
    sb.write("repo/staged_ok.py", GOOD);
    sb.git(&repo, &["add", "staged_bad.py", "staged_ok.py"]);
    sb.write("repo/db/report.sql", BROKEN_SQL);
    sb.write("repo/untracked.py", GOOD);

    age(&repo);
    let before = snapshot(&repo);

    let mut runs: Vec<(Vec<String>, Option<&str>, i32)> = vec![
        (vec!["check".into(), "clean.py".into()], None, 0),
        (vec!["check".into(), "db/report.sql".into()], None, 1),
        (vec!["check".into(), "db".into()], None, 1),
        (
            vec![
                "check".into(),
                "-".into(),
                "--stdin-filename".into(),
                "edit.py".into(),
            ],
            Some(BROKEN),
            1,
        ),
        (
            vec![
                "check".into(),
                "-".into(),
                "--stdin-filename".into(),
                "clean.py".into(),
            ],
            Some(GOOD),
            0,
        ),
        (vec!["staged".into()], None, 1),
        (vec!["ci".into(), "--base".into(), "main".into()], None, 1),
    ];
    for format in FORMATS {
        for (args, code) in [(vec!["check", "."], 1), (vec!["check", "clean.py"], 0)] {
            let mut args: Vec<String> = args.iter().map(|s| s.to_string()).collect();
            args.extend(["--format".into(), format.into()]);
            runs.push((args, None, code));
        }
        runs.push((
            vec!["staged".into(), "--format".into(), format.into()],
            None,
            1,
        ));
        runs.push((
            vec![
                "ci".into(),
                "--base".into(),
                "main".into(),
                "--format".into(),
                format.into(),
            ],
            None,
            1,
        ));
    }
    for (args, stdin, code) in &runs {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let out = match stdin {
            Some(input) => sb.run_stdin(&repo, &args, input.as_bytes()),
            None => sb.run(&repo, &args),
        };
        assert_eq!(
            out.status.code(),
            Some(*code),
            "{args:?}: {}",
            describe(&out)
        );
        assert_unchanged(&before, &snapshot(&repo), &format!("gencheck {args:?}"));
    }
}

// ---------------------------------------------------------------------------
// 3. Concurrency.
// ---------------------------------------------------------------------------

#[test]
fn two_staged_runs_at_once_agree_and_leave_the_index_alone() {
    let sb = Sandbox::new();
    let repo = sb.repo("repo");
    sb.write("repo/README.md", "hello\n");
    sb.commit_all(&repo, "init");
    sb.write("repo/broken.py", BROKEN);
    sb.write("repo/clean.py", GOOD);
    sb.git(&repo, &["add", "broken.py", "clean.py"]);
    age(&repo);
    let before = snapshot(&repo);

    for round in 0..5 {
        let spawn = || {
            sb.gencheck(&repo, &["staged", "--format", "json"])
                .stdout(Stdio::piped())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap()
        };
        let (a, b) = (spawn(), spawn());
        let (a, b) = (a.wait_with_output().unwrap(), b.wait_with_output().unwrap());
        for out in [&a, &b] {
            assert_eq!(
                out.status.code(),
                Some(1),
                "round {round}: {}",
                describe(out)
            );
            let doc = json(out, "staged");
            assert_eq!(paths(&doc), ["broken.py", "clean.py"], "round {round}");
            assert_eq!(files(&doc)[0]["accepted"], false, "round {round}");
            assert_eq!(files(&doc)[1]["accepted"], true, "round {round}");
        }
        assert_eq!(a.stdout, b.stdout, "round {round}: the two runs disagree");
        assert_unchanged(
            &before,
            &snapshot(&repo),
            &format!("round {round}: two `gencheck staged` at once"),
        );
    }
}

/// Apply a unified diff (as `similar` writes it, `\ No newline at end of
/// file` included) to `old`.
fn apply_unified(old: &str, diff: &str) -> String {
    if diff.is_empty() {
        return old.to_string();
    }
    let old_lines: Vec<&str> = old.split_inclusive('\n').collect();
    let mut out = String::new();
    let mut pos = 0;
    let mut last = ' ';
    for line in diff.split_inclusive('\n') {
        if line.starts_with("--- ") || line.starts_with("+++ ") {
            continue;
        }
        if let Some(header) = line.strip_prefix("@@ -") {
            let old_range = header.split(' ').next().unwrap();
            let mut nums = old_range.split(',');
            let start: usize = nums.next().unwrap().parse().unwrap();
            let count: usize = nums.next().map_or(1, |n| n.parse().unwrap());
            let start = if count == 0 { start } else { start - 1 };
            out.extend(old_lines[pos..start].iter().copied());
            pos = start;
            continue;
        }
        let (tag, body) = line.split_at(1);
        match tag {
            " " => {
                out.push_str(body);
                pos += 1;
            }
            "-" => pos += 1,
            "+" => out.push_str(body),
            "\\" => {
                // The line before lacks its final newline.
                if matches!(last, ' ' | '+') && out.ends_with('\n') {
                    out.pop();
                }
            }
            _ => panic!("unexpected diff line {line:?} in\n{diff}"),
        }
        last = tag.chars().next().unwrap();
    }
    out.extend(old_lines[pos.min(old_lines.len())..].iter().copied());
    out
}

/// The rules of a file report, sorted.
fn rule_ids(file: &Value) -> Vec<String> {
    let mut rules: Vec<String> = file["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            format!(
                "{}:{}",
                f["rule"].as_str().unwrap(),
                f["severity"].as_str().unwrap()
            )
        })
        .collect();
    rules.sort();
    rules
}

/// What one report of a file says it read, and whether its verdict is the
/// verdict of that content. `previous` is the version the diff is against;
/// `good` and `bad` the two versions being written. Returns whether the
/// content was a transient state (neither version).
fn verify_report(
    sb: &Sandbox,
    file: &Value,
    previous: &str,
    good: &str,
    bad: &str,
    what: &str,
) -> bool {
    let path = file["path"].as_str().unwrap();
    let accepted = file["accepted"].as_bool().unwrap();
    let diff = &file["diff"];
    assert!(
        diff.is_object(),
        "{what}: {path} has no diff against its previous version: {file:#}"
    );
    let content = apply_unified(previous, diff["unified"].as_str().unwrap());
    if content == good {
        assert!(
            accepted,
            "{what}: {path} read as the good version, rejected: {file:#}"
        );
        false
    } else if content == bad {
        assert!(
            !accepted,
            "{what}: {path} read as the broken version, accepted: {file:#}"
        );
        false
    } else {
        // A half-written file: a real state of the file. Its verdict must be
        // the verdict of exactly that content.
        let scratch = sb.mkdir("scratch");
        let prev = scratch.join("previous");
        fs::write(&prev, previous).unwrap();
        let name = Path::new(path).file_name().unwrap().to_str().unwrap();
        let out = sb.run_stdin(
            &scratch,
            &[
                "check",
                "-",
                "--stdin-filename",
                name,
                "--previous",
                prev.to_str().unwrap(),
                "--format",
                "json",
            ],
            content.as_bytes(),
        );
        let doc = json(&out, "recheck");
        let again = &files(&doc)[0];
        assert_eq!(
            (accepted, rule_ids(file)),
            (again["accepted"].as_bool().unwrap(), rule_ids(again)),
            "{what}: {path} read as {content:?} got a verdict that content does not get: {file:#}"
        );
        true
    }
}

/// Python files whose good and broken versions differ in length, so that
/// torn reads and half-written files happen.
fn versions(i: usize) -> (String, String) {
    let good = format!(
        "def f{i}(items):\n    total = 0\n    for item in items:\n        total += item * {i}\n    return total\n"
    );
    let bad =
        format!("def f{i}(items:\n    total = 0\n    for item in items:\n        total += item\n");
    (good, bad)
}

/// Pausable writer: while `active`, rewrites every file in turn, alternating
/// versions, half of the rounds through a temporary file and `rename`, half
/// in place (truncate, then write in two halves).
struct Writer {
    stop: Arc<AtomicBool>,
    active: Arc<AtomicBool>,
    round: Arc<Mutex<()>>,
    rounds: Arc<AtomicU64>,
    handle: Option<std::thread::JoinHandle<()>>,
}

impl Writer {
    fn start(dir: PathBuf, files: Vec<(String, String, String)>) -> Writer {
        let stop = Arc::new(AtomicBool::new(false));
        let active = Arc::new(AtomicBool::new(false));
        let round = Arc::new(Mutex::new(()));
        let rounds = Arc::new(AtomicU64::new(0));
        let handle = {
            let (stop, active, round, rounds) =
                (stop.clone(), active.clone(), round.clone(), rounds.clone());
            std::thread::spawn(move || {
                let mut n = 0usize;
                while !stop.load(Ordering::SeqCst) {
                    if !active.load(Ordering::SeqCst) {
                        std::thread::sleep(Duration::from_millis(1));
                        continue;
                    }
                    let guard = round.lock().unwrap();
                    for (i, (name, good, bad)) in files.iter().enumerate() {
                        let content = if (n + i).is_multiple_of(2) { bad } else { good };
                        let path = dir.join(name);
                        if n.is_multiple_of(2) {
                            let tmp = dir.join(format!(".{name}.tmp"));
                            fs::write(&tmp, content).unwrap();
                            fs::rename(&tmp, &path).unwrap();
                        } else {
                            let mut f = fs::OpenOptions::new()
                                .write(true)
                                .truncate(true)
                                .open(&path)
                                .unwrap();
                            let (head, tail) = content.as_bytes().split_at(content.len() / 2);
                            f.write_all(head).unwrap();
                            f.write_all(tail).unwrap();
                        }
                    }
                    n += 1;
                    rounds.fetch_add(1, Ordering::SeqCst);
                    drop(guard);
                    std::thread::sleep(Duration::from_micros(300));
                }
            })
        };
        Writer {
            stop,
            active,
            round,
            rounds,
            handle: Some(handle),
        }
    }

    fn resume(&self) {
        self.active.store(true, Ordering::SeqCst);
    }

    /// Pause, and wait until the round being written is complete.
    fn pause(&self) {
        self.active.store(false, Ordering::SeqCst);
        drop(self.round.lock().unwrap());
    }
}

impl Drop for Writer {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        if let Some(h) = self.handle.take() {
            // A panic in the writer fails the test through its unwrap.
            if h.join().is_err() && !std::thread::panicking() {
                panic!("the writer thread panicked");
            }
        }
    }
}

#[test]
fn check_while_files_are_rewritten_never_accepts_what_it_did_not_check() {
    let sb = Sandbox::new();
    let repo = sb.repo("repo");
    let mut specs = Vec::new();
    for i in 0..6 {
        let (good, bad) = versions(i);
        let name = format!("m{i}.py");
        sb.write(&format!("repo/pkg/{name}"), &good);
        specs.push((name, good, bad));
    }
    sb.commit_all(&repo, "init");
    let writer = Writer::start(repo.join("pkg"), specs.clone());
    let expected: Vec<String> = specs.iter().map(|(n, _, _)| format!("pkg/{n}")).collect();

    let mut transients = 0;
    for iteration in 0..10 {
        // Each run starts from a clean work tree whose stat data git trusts,
        // and the writer starts at a different moment of the run: before,
        // during and after gencheck asks git what changed.
        writer.pause();
        sb.git(&repo, &["reset", "-q", "--hard"]);
        let child = sb
            .gencheck(&repo, &["check", ".", "--format", "json"])
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_millis(3 * iteration));
        writer.resume();
        let out = child.wait_with_output().unwrap();
        let what = format!("iteration {iteration}");
        assert!(
            matches!(out.status.code(), Some(0 | 1)),
            "{what}: gencheck failed or crashed: {}",
            describe(&out)
        );
        let doc = json(&out, &what);
        assert_eq!(paths(&doc), expected, "{what}: a file is missing");
        for (file, (_, good, bad)) in files(&doc).iter().zip(&specs) {
            transients += usize::from(verify_report(&sb, file, good, good, bad, &what));
        }
        let rejected = files(&doc).iter().any(|f| f["accepted"] == false);
        assert_eq!(out.status.code(), Some(i32::from(rejected)), "{what}");
    }
    writer.pause();
    assert!(
        writer.rounds.load(Ordering::SeqCst) > 0,
        "the writer never ran"
    );
    eprintln!(
        "{} rewrite rounds; {transients} reports of a half-written file",
        writer.rounds.load(Ordering::SeqCst)
    );
}

#[test]
fn staged_and_check_while_git_add_runs() {
    let sb = Sandbox::new();
    let repo = sb.repo("repo");
    let names = ["a.py", "b.py"];
    let mut specs = Vec::new();
    for (i, name) in names.iter().enumerate() {
        let (good, bad) = versions(i);
        // HEAD holds a third version, so that both staged versions differ.
        let base = format!("def f{i}(items):\n    return len(items)\n");
        sb.write(&format!("repo/{name}"), &base);
        specs.push((name.to_string(), base, good, bad));
    }
    sb.commit_all(&repo, "init");
    for (name, _, good, _) in &specs {
        sb.write(&format!("repo/{name}"), good);
    }
    sb.git(&repo, &["add", "a.py", "b.py"]);

    // Another process: `git add` of alternating versions, as fast as it can.
    let stop = Arc::new(AtomicBool::new(false));
    let adder = {
        let stop = stop.clone();
        let repo = repo.clone();
        let top = sb.top.clone();
        let specs = specs.clone();
        std::thread::spawn(move || {
            let mut failures = Vec::new();
            let mut n = 0usize;
            while !stop.load(Ordering::SeqCst) {
                for (i, (name, _, good, bad)) in specs.iter().enumerate() {
                    fs::write(
                        repo.join(name),
                        if (n + i).is_multiple_of(2) { bad } else { good },
                    )
                    .unwrap();
                }
                let out = isolate(
                    Command::new("git")
                        .current_dir(&repo)
                        .args(["add", "a.py", "b.py"]),
                    &top,
                )
                .output()
                .unwrap();
                if !out.status.success() {
                    failures.push(text(&out.stderr));
                }
                n += 1;
            }
            (n, failures)
        })
    };

    let mut transients = 0;
    for iteration in 0..8 {
        let what = format!("iteration {iteration}: staged");
        let out = sb.run(&repo, &["staged", "--format", "json"]);
        assert!(
            matches!(out.status.code(), Some(0 | 1)),
            "{what}: {}",
            describe(&out)
        );
        let doc = json(&out, &what);
        assert_eq!(paths(&doc), names, "{what}");
        for (file, (_, base, good, bad)) in files(&doc).iter().zip(&specs) {
            // Blobs are whole: never a half-written version.
            assert!(
                !verify_report(&sb, file, base, good, bad, &what),
                "{what}: a staged blob was neither version: {file:#}"
            );
        }
        let rejected = files(&doc).iter().any(|f| f["accepted"] == false);
        assert_eq!(out.status.code(), Some(i32::from(rejected)), "{what}");

        let what = format!("iteration {iteration}: check");
        let out = sb.run(&repo, &["check", ".", "--format", "json"]);
        assert!(
            matches!(out.status.code(), Some(0 | 1)),
            "{what}: {}",
            describe(&out)
        );
        let doc = json(&out, &what);
        assert_eq!(paths(&doc), names, "{what}");
        for (file, (_, base, good, bad)) in files(&doc).iter().zip(&specs) {
            transients += usize::from(verify_report(&sb, file, base, good, bad, &what));
        }
    }
    stop.store(true, Ordering::SeqCst);
    let (adds, failures) = adder.join().unwrap();
    assert!(adds > 0, "git add never ran");
    assert!(
        failures.is_empty(),
        "{} of {adds} `git add` failed while gencheck ran (did gencheck lock the index?): {:?}",
        failures.len(),
        failures
    );
    eprintln!("{adds} `git add` runs; {transients} half-written files read by check");
}
