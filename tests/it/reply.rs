//! `gencheck reply`: every case of `fixtures/reply/` (the 20 cases of
//! reply-formats.md §7 and more) run through the real binary against a
//! copy of its work tree, with a snapshot of how each proposal was read and
//! what was found; `--apply` on real temporary directories.

use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::common::{describe, fixture, Sandbox};
use gencheck::rules::Rule;

/// Every case folder of `fixtures/reply/`.
fn cases() -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(fixture("reply"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_dir())
        .collect();
    v.sort();
    v
}

fn copy_tree(from: &Path, to: &Path) {
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            std::fs::create_dir_all(&target).unwrap();
            copy_tree(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
}

/// A sandbox holding the case's work tree under `root/` (and, for the
/// symbolic-link case, `root/link` pointing outside it, to `outside/`).
fn setup(case: &Path) -> (Sandbox, PathBuf) {
    let sb = Sandbox::new();
    let root = sb.mkdir("root");
    if case.join("tree").is_dir() {
        copy_tree(&case.join("tree"), &root);
    }
    let outside = sb.mkdir("outside");
    std::os::unix::fs::symlink(&outside, root.join("link")).unwrap();
    (sb, root)
}

/// Every file below `dir` with its bytes (symbolic links not followed).
fn snapshot_dir(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            let meta = std::fs::symlink_metadata(&p).unwrap();
            if meta.is_dir() {
                stack.push(p);
            } else if meta.is_file() {
                let rel = p.strip_prefix(dir).unwrap().to_string_lossy().into_owned();
                out.push((rel, std::fs::read(&p).unwrap()));
            }
        }
    }
    out.sort();
    out
}

/// Run `reply` on the case's reply (from standard input) in `root`.
fn run(sb: &Sandbox, root: &Path, case: &Path, extra: &[&str]) -> std::process::Output {
    let reply = std::fs::read(case.join("reply.txt")).unwrap();
    let mut args = vec![
        "reply",
        "--root",
        root.to_str().unwrap(),
        "--format",
        "json",
    ];
    args.extend_from_slice(extra);
    sb.run_stdin(root, &args, &reply)
}

/// The report as text: the exit status, each proposal as read, each
/// finding as rule, position and message.
fn summary(out: &std::process::Output) -> String {
    let code = out.status.code().unwrap_or(-1);
    let mut s = format!("exit {code}\n");
    if code == 2 {
        s.push_str(&String::from_utf8_lossy(&out.stderr));
        return s;
    }
    let doc: Value =
        serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("{e}: {}", describe(out)));
    for f in doc["files"].as_array().unwrap() {
        if let Some(reply) = f.get("reply") {
            for p in reply["proposals"].as_array().unwrap() {
                s.push_str(&format!(
                    "#{} {} {} [{}] reply lines {}-{}; path from {}\n",
                    p["index"],
                    p["action"].as_str().unwrap(),
                    p["path"].as_str().unwrap_or("(none)"),
                    p["format"].as_str().unwrap(),
                    p["lines"][0],
                    p["lines"][1],
                    p["path_from"].as_str().unwrap_or("nowhere"),
                ));
                for n in p["notes"].as_array().unwrap() {
                    s.push_str(&format!("    - {}\n", n.as_str().unwrap()));
                }
            }
        }
        let verdict = if f["accepted"].as_bool().unwrap() {
            "accepted"
        } else {
            "rejected"
        };
        s.push_str(&format!(
            "{} ({}): {verdict}\n",
            f["path"].as_str().unwrap(),
            f["detected_language"]
                .as_str()
                .or(f["language"].as_str())
                .unwrap_or("the reply")
        ));
        for x in f["findings"].as_array().unwrap() {
            let at = if x["span"].is_null() {
                "-".to_string()
            } else {
                format!(
                    "{}:{}",
                    x["span"]["start"]["line"], x["span"]["start"]["column"]
                )
            };
            s.push_str(&format!(
                "    {}[{}] {at} {}\n",
                x["severity"].as_str().unwrap(),
                x["rule"].as_str().unwrap(),
                x["message"].as_str().unwrap()
            ));
        }
    }
    s
}

fn rules_of(out: &std::process::Output) -> Vec<(String, String)> {
    let doc: Value = serde_json::from_slice(&out.stdout).unwrap();
    let mut v = Vec::new();
    for f in doc["files"].as_array().unwrap() {
        for x in f["findings"].as_array().unwrap() {
            v.push((
                f["path"].as_str().unwrap().to_string(),
                x["rule"].as_str().unwrap().to_string(),
            ));
        }
    }
    v
}

#[test]
fn every_reply_case_is_read_as_documented() {
    let mut seen_rules = std::collections::BTreeSet::new();
    for case in cases() {
        let name = case.file_name().unwrap().to_string_lossy().into_owned();
        let (sb, root) = setup(&case);
        let before = snapshot_dir(&sb.top);
        let out = run(&sb, &root, &case, &[]);
        // Without --apply nothing is written, whatever the verdict.
        assert_eq!(
            snapshot_dir(&sb.top),
            before,
            "{name}: the work tree changed"
        );
        if out.status.code() != Some(2) {
            for (_, rule) in rules_of(&out) {
                seen_rules.insert(rule);
            }
        }
        let text = summary(&out).replace(&sb.top.to_string_lossy().into_owned(), "<tmp>");
        insta::assert_snapshot!(format!("reply__{name}"), text);
    }
    // Every reply rule is triggered by some case.
    for r in Rule::ALL
        .iter()
        .filter(|r| r.meta().tags.contains(&"reply"))
    {
        assert!(
            seen_rules.contains(r.id()),
            "no reply fixture triggers {}",
            r.id()
        );
    }
}

/// The cases with an `expected/` folder and no error: `--apply` writes
/// exactly the expected files; the rest of the tree is as it was.
#[test]
fn apply_writes_the_expected_files_and_nothing_else() {
    let mut applied = 0;
    for case in cases() {
        let expected = case.join("expected");
        if !expected.is_dir() {
            continue;
        }
        let name = case.file_name().unwrap().to_string_lossy().into_owned();
        let (sb, root) = setup(&case);
        let before = snapshot_dir(&root);
        let out = run(&sb, &root, &case, &["--apply"]);
        let after = snapshot_dir(&root);
        match out.status.code() {
            Some(0) => {
                applied += 1;
                for (rel, bytes) in snapshot_dir(&expected) {
                    let got = std::fs::read(root.join(&rel)).unwrap_or_default();
                    assert_eq!(
                        String::from_utf8_lossy(&got),
                        String::from_utf8_lossy(&bytes),
                        "{name}: {rel} after --apply"
                    );
                }
                // Files the reply does not touch are as they were, and no
                // temporary file is left behind.
                for (rel, bytes) in &after {
                    assert!(!rel.contains(".gencheck-"), "{name}: {rel} left behind");
                    if !expected.join(rel).exists() {
                        if let Some((_, old)) = before.iter().find(|(r, _)| r == rel) {
                            assert_eq!(old, bytes, "{name}: {rel} changed");
                        }
                    }
                }
                let doc: Value = serde_json::from_slice(&out.stdout).unwrap();
                assert!(
                    !doc["files"][0]["reply"]["applied"]
                        .as_array()
                        .unwrap()
                        .is_empty(),
                    "{name}: applied files not reported"
                );
            }
            Some(1) => assert_eq!(after, before, "{name}: written although rejected"),
            other => panic!("{name}: exit {other:?}: {}", describe(&out)),
        }
    }
    assert!(applied >= 10, "only {applied} cases applied");
}

#[test]
fn the_seed_reply_names_python_the_splice_and_the_prose() {
    let sb = Sandbox::new();
    let reply = std::fs::read(
        crate::common::manifest_dir().join("../shared/examples/fsar-generated_1.txt"),
    )
    .or_else(|_| std::fs::read(fixture("reply/01-seed/reply.txt")))
    .unwrap();
    let root = sb.mkdir("root");
    let out = sb.run_stdin(
        &root,
        &[
            "reply",
            "--root",
            root.to_str().unwrap(),
            "--format",
            "json",
        ],
        &reply,
    );
    assert_eq!(out.status.code(), Some(1), "{}", describe(&out));
    let doc: Value = serde_json::from_slice(&out.stdout).unwrap();
    let p = &doc["files"][0]["reply"]["proposals"][0];
    assert_eq!(p["path"], "generated_1.sql");
    assert!(p["path_from"].as_str().unwrap().contains("sentence"));
    assert!(p["notes"].to_string().contains("the end is a guess"), "{p}");
    let file = &doc["files"][1];
    assert_eq!(file["path"], "generated_1.sql");
    assert_eq!(file["detected_language"], "python");
    let findings = file["findings"].as_array().unwrap();
    assert!(findings.iter().any(|f| f["rule"] == "language-mismatch"
        && f["message"]
            .as_str()
            .unwrap()
            .starts_with("content looks like python")));
    assert!(findings.iter().any(|f| f["rule"] == "syntax-error"
        && f["message"].as_str().unwrap().contains("`models085`")
        && f["span"]["start"]["line"] == 4));
    let reply_findings = doc["files"][0]["findings"].as_array().unwrap();
    assert!(reply_findings
        .iter()
        .any(|f| f["rule"] == "llm-chatter"
            && f["message"].as_str().unwrap().contains("prose after")));
}

/// `reply` read and built against the files under `root`, in memory.
fn build_in(root: &Path, reply: &str) -> gencheck::reply::build::Built {
    use gencheck::reply::{build, paths, ReplyFormat};
    let mut parsed = gencheck::reply::parse(reply, ReplyFormat::Auto, None, &|_| false);
    let resolve = |p: &str| paths::resolve(root, p);
    let read = |p: &Path| -> Result<Option<Vec<u8>>, String> { Ok(std::fs::read(p).ok()) };
    build::build(
        reply,
        &mut parsed,
        &build::Tree {
            resolve: &resolve,
            read: &read,
        },
    )
}

#[test]
fn a_target_changed_since_it_was_read_is_not_overwritten() {
    use gencheck::reply::write;
    let sb = Sandbox::new();
    let root = sb.mkdir("root");
    sb.write("root/a.py", "x = 1\n");
    sb.write("root/b.py", "y = 1\n");
    let reply = "a.py\n```python\nx = 2\n```\n\nb.py\n```python\ny = 2\n```\n";
    let built = build_in(&root, reply);
    assert!(built.issues.is_empty());
    // Someone edits b.py between the check and the write.
    sb.write("root/b.py", "y = 3\n");
    let err = write::apply(&built.files).unwrap_err().to_string();
    assert!(
        err.contains("b.py") && err.contains("changed on disk"),
        "{err}"
    );
    // All or nothing: a.py, checked first, was not written either.
    assert_eq!(
        std::fs::read_to_string(root.join("a.py")).unwrap(),
        "x = 1\n"
    );
    assert_eq!(
        std::fs::read_to_string(root.join("b.py")).unwrap(),
        "y = 3\n"
    );
    // Unchanged since: both are written, by rename (a new inode), with the
    // old file's permissions.
    use std::os::unix::fs::{MetadataExt, PermissionsExt};
    sb.write("root/b.py", "y = 1\n");
    std::fs::set_permissions(root.join("a.py"), std::fs::Permissions::from_mode(0o755)).unwrap();
    let inode = std::fs::metadata(root.join("a.py")).unwrap().ino();
    let done = write::apply(&built.files).unwrap();
    assert_eq!(done, vec!["a.py".to_string(), "b.py".to_string()]);
    let meta = std::fs::metadata(root.join("a.py")).unwrap();
    assert_ne!(meta.ino(), inode);
    assert_eq!(meta.permissions().mode() & 0o777, 0o755);
    assert_eq!(
        std::fs::read_to_string(root.join("a.py")).unwrap(),
        "x = 2\n"
    );

    // A new file that someone else creates meanwhile is not replaced.
    let reply = "c.py\n```python\nz = 1\n```\n";
    let built = build_in(&root, reply);
    sb.write("root/c.py", "theirs = 1\n");
    let err = write::apply(&built.files).unwrap_err().to_string();
    assert!(
        err.contains("c.py") && err.contains("changed on disk"),
        "{err}"
    );
    assert_eq!(
        std::fs::read_to_string(root.join("c.py")).unwrap(),
        "theirs = 1\n"
    );
    std::fs::remove_file(root.join("c.py")).unwrap();
    assert_eq!(
        write::apply(&built.files).unwrap(),
        vec!["c.py".to_string()]
    );
    assert_eq!(
        std::fs::read_to_string(root.join("c.py")).unwrap(),
        "z = 1\n"
    );
    assert!(snapshot_dir(&root)
        .iter()
        .all(|(p, _)| !p.contains(".gencheck-")));
}

#[test]
fn apply_is_all_or_nothing_and_paths_never_escape() {
    let sb = Sandbox::new();
    let root = sb.mkdir("root");
    let outside = sb.mkdir("outside");
    std::os::unix::fs::symlink(&outside, root.join("link")).unwrap();
    sb.write("root/ok.py", "a = 1\n");
    // One good file, one broken file: nothing is written.
    let reply = "ok.py\n```python\na = 2\n```\n\nnew.py\n```python\ndef f(:\n    pass\n```\n";
    let out = sb.run_stdin(
        &root,
        &["reply", "--apply", "--root", root.to_str().unwrap()],
        reply.as_bytes(),
    );
    assert_eq!(out.status.code(), Some(1), "{}", describe(&out));
    assert_eq!(
        std::fs::read_to_string(root.join("ok.py")).unwrap(),
        "a = 1\n"
    );
    assert!(!root.join("new.py").exists());
    // Escapes, each next to a good file: nothing written anywhere.
    for bad in [
        "../escape.py",
        "link/escape.py",
        ".git/hooks/pre-commit",
        "/tmp/gencheck-escape.py",
    ] {
        let reply = format!("ok.py\n```python\na = 2\n```\n\n{bad}\n```python\nx = 1\n```\n");
        let out = sb.run_stdin(
            &root,
            &[
                "reply",
                "--apply",
                "--root",
                root.to_str().unwrap(),
                "--format",
                "json",
            ],
            reply.as_bytes(),
        );
        assert_eq!(out.status.code(), Some(1), "{bad}: {}", describe(&out));
        assert!(
            rules_of(&out).iter().any(|(_, r)| r == "unsafe-path"),
            "{bad}"
        );
        assert_eq!(
            std::fs::read_to_string(root.join("ok.py")).unwrap(),
            "a = 1\n"
        );
        assert!(snapshot_dir(&outside).is_empty());
        assert!(!sb.top.join("escape.py").exists());
        assert!(!root.join(".git").exists());
    }
    assert!(!Path::new("/tmp/gencheck-escape.py").exists());
    // All accepted: written, and reported.
    let reply = "ok.py\n```python\na = 2\n```\n\nsub/new.py\n```python\nb = 1\n```\n";
    let out = sb.run_stdin(
        &root,
        &["reply", "--apply", "--root", root.to_str().unwrap()],
        reply.as_bytes(),
    );
    assert_eq!(out.status.code(), Some(0), "{}", describe(&out));
    assert!(
        String::from_utf8_lossy(&out.stdout).contains("applied: ok.py, sub/new.py"),
        "{}",
        describe(&out)
    );
    assert_eq!(
        std::fs::read_to_string(root.join("ok.py")).unwrap(),
        "a = 2\n"
    );
    assert_eq!(
        std::fs::read_to_string(root.join("sub/new.py")).unwrap(),
        "b = 1\n"
    );
}

#[test]
fn run_failures_exit_2_and_say_why() {
    let sb = Sandbox::new();
    let root = sb.mkdir("root");
    let r = root.to_str().unwrap();
    // Prose only.
    let out = sb.run_stdin(
        &root,
        &["reply", "--root", r],
        b"I reviewed the code and it looks good to me.\n",
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("the reply proposes no file"),
        "{}",
        describe(&out)
    );
    // An empty reply, even with --path.
    let out = sb.run_stdin(&root, &["reply", "--root", r, "--path", "a.py"], b"\n  \n");
    assert_eq!(out.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("the reply is empty"),
        "{}",
        describe(&out)
    );
    // The same with --path: the whole reply is that file, and it is prose.
    let out = sb.run_stdin(
        &root,
        &["reply", "--root", r, "--path", "a.py", "--format", "json"],
        b"I reviewed the code and it looks good to me.\n",
    );
    assert_eq!(out.status.code(), Some(1), "{}", describe(&out));
    // Raw code with --path: accepted, diffed against the work tree.
    sb.write("root/a.py", "x = 1\n");
    let out = sb.run_stdin(
        &root,
        &["reply", "--root", r, "--path", "a.py", "--format", "json"],
        b"x = 2\n",
    );
    assert_eq!(out.status.code(), Some(0), "{}", describe(&out));
    let doc: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(doc["files"][1]["diff"]["previous"], "work tree");
    assert_eq!(doc["files"][1]["diff"]["lines_added"], 1);
    // A missing reply file, a reply that is not text, a missing root.
    let out = sb.run(&root, &["reply", "no-such-reply.md"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no-such-reply.md"));
    let out = sb.run_stdin(
        &root,
        &["reply", "--root", r],
        b"a.py\n```\n\xff\xfe\n```\n",
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("not UTF-8"),
        "{}",
        describe(&out)
    );
    let out = sb.run_stdin(
        &root,
        &["reply", "--root", "/no/such/dir"],
        b"a.py\n```python\nx\n```\n",
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("/no/such/dir"));
}

#[test]
fn every_output_format_carries_the_reply() {
    let case = fixture("reply/07-failed-block");
    let (sb, root) = setup(&case);
    let reply = std::fs::read(case.join("reply.txt")).unwrap();
    for format in ["human", "json", "sarif", "github", "concise"] {
        let out = sb.run_stdin(
            &root,
            &[
                "reply",
                "--root",
                root.to_str().unwrap(),
                "--format",
                format,
            ],
            &reply,
        );
        assert_eq!(out.status.code(), Some(1), "{format}: {}", describe(&out));
        let text = String::from_utf8_lossy(&out.stdout);
        assert!(text.contains("edit-does-not-apply"), "{format}: {text}");
    }
    let out = sb.run_stdin(&root, &["reply", "--root", root.to_str().unwrap()], &reply);
    let human = String::from_utf8_lossy(&out.stdout);
    assert!(human.contains("<stdin>: 3 proposals"), "{human}");
    assert!(human.contains("the nearest lines in app.py"), "{human}");
    assert!(
        human.contains("the reply is rejected; 1 file checked: 1 accepted, 0 rejected"),
        "{human}"
    );
}

#[test]
fn a_whole_file_after_edits_of_it_conflicts_unless_it_is_their_result() {
    let sb = Sandbox::new();
    let root = sb.mkdir("root");
    sb.write("root/w.py", "x = 1\n");
    let edit = "w.py\n```python\n<<<<<<< SEARCH\nx = 1\n=======\nx = 2\n>>>>>>> REPLACE\n```\n\n";
    let r = root.to_str().unwrap();
    let out = sb.run_stdin(
        &root,
        &["reply", "--root", r, "--format", "json"],
        format!("{edit}w.py\n```python\nx = 3\n```\n").as_bytes(),
    );
    assert_eq!(out.status.code(), Some(1), "{}", describe(&out));
    assert!(rules_of(&out)
        .iter()
        .any(|(_, r)| r == "conflicting-proposals"));
    let out = sb.run_stdin(
        &root,
        &["reply", "--root", r, "--format", "json"],
        format!("{edit}w.py\n```python\nx = 2\n```\n").as_bytes(),
    );
    assert_eq!(out.status.code(), Some(0), "{}", describe(&out));
}
