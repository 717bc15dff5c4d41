//! `--shard I/N`: on a real repository, the shards of `ci`, `check` and
//! `staged` are disjoint and together are the unsharded run, file for
//! file and finding for finding.

use std::collections::BTreeMap;

use serde_json::Value;

use crate::common::{describe, Sandbox, BROKEN, GOOD};

/// path -> (accepted, the rules of its findings), from a JSON report.
fn files(out: &std::process::Output) -> BTreeMap<String, (bool, Vec<String>)> {
    assert!(
        matches!(out.status.code(), Some(0 | 1)),
        "{}",
        describe(out)
    );
    let doc: Value = serde_json::from_slice(&out.stdout).unwrap();
    doc["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            let rules = f["findings"]
                .as_array()
                .unwrap()
                .iter()
                .map(|x| x["rule"].as_str().unwrap().to_string())
                .collect();
            (
                f["path"].as_str().unwrap().to_string(),
                (f["accepted"].as_bool().unwrap(), rules),
            )
        })
        .collect()
}

fn assert_partition(sb: &Sandbox, repo: &std::path::Path, args: &[&str], n: u32) {
    let whole = files(&sb.run(repo, &[args, &["--format", "json"]].concat()));
    assert!(whole.len() >= 30, "{}", whole.len());
    let mut union = BTreeMap::new();
    for i in 1..=n {
        let shard = format!("{i}/{n}");
        let part = files(&sb.run(
            repo,
            &[args, &["--format", "json", "--shard", &shard]].concat(),
        ));
        assert!(!part.is_empty(), "{args:?} shard {shard} is empty");
        for (path, v) in part {
            assert!(
                union.insert(path.clone(), v).is_none(),
                "{path} in two shards"
            );
        }
    }
    assert_eq!(union, whole, "{args:?}: the shards are not the whole run");
}

#[test]
fn shards_are_disjoint_and_together_the_whole_run() {
    let sb = Sandbox::new();
    let repo = sb.repo("repo");
    for i in 0..40 {
        sb.write(&format!("repo/pkg/m{i}.py"), GOOD);
    }
    sb.commit_all(&repo, "base");
    sb.git(&repo, &["tag", "base"]);
    for i in 0..40 {
        let body = if i % 5 == 0 {
            BROKEN
        } else {
            "def total(items):\n    return sum(items) + 1\n"
        };
        sb.write(&format!("repo/pkg/m{i}.py"), body);
        sb.write(&format!("repo/new/n{i}.sql"), "SELECT 1;\n");
    }
    sb.git(&repo, &["add", "-A"]);
    // Staged, then committed: the same partition for staged, ci and check.
    assert_partition(&sb, &repo, &["staged"], 3);
    sb.git(&repo, &["commit", "-q", "--no-verify", "-m", "change"]);
    assert_partition(&sb, &repo, &["ci", "--base", "base"], 3);
    assert_partition(&sb, &repo, &["check", "."], 4);
    assert_partition(&sb, &repo, &["check", "pkg", "new"], 2);
}

#[test]
fn bad_shards_fail_the_run() {
    let sb = Sandbox::new();
    let dir = sb.mkdir("d");
    sb.write("d/a.py", GOOD);
    for bad in ["0/2", "3/2", "1/0", "a/b", "2"] {
        let out = sb.run(&dir, &["check", "a.py", "--shard", bad]);
        assert_eq!(out.status.code(), Some(2), "{bad}: {}", describe(&out));
        assert!(
            String::from_utf8_lossy(&out.stderr).contains("I/N"),
            "{bad}: {}",
            describe(&out)
        );
    }
    let out = sb.run_stdin(
        &dir,
        &["check", "-", "--stdin-filename", "x.py", "--shard", "1/2"],
        GOOD.as_bytes(),
    );
    assert_eq!(out.status.code(), Some(2), "{}", describe(&out));
    let out = sb.run_stdin(
        &dir,
        &["reply", "--shard", "1/2"],
        b"a.py\n```python\nx = 1\n```\n",
    );
    assert_eq!(out.status.code(), Some(2), "{}", describe(&out));
}

#[test]
fn each_shard_has_its_own_sarif_automation_id() {
    let sb = Sandbox::new();
    let dir = sb.mkdir("d");
    for i in 0..10 {
        sb.write(&format!("d/m{i}.py"), BROKEN);
    }
    let mut ids = std::collections::HashSet::new();
    for i in 1..=3 {
        let out = sb.run(
            &dir,
            &[
                "check",
                ".",
                "--format",
                "sarif",
                "--shard",
                &format!("{i}/3"),
            ],
        );
        let log: Value = serde_json::from_slice(&out.stdout).unwrap();
        let id = log["runs"][0]["automationDetails"]["id"]
            .as_str()
            .unwrap()
            .to_string();
        assert_eq!(id, format!("gencheck/shard-{i}-of-3/"));
        assert!(ids.insert(id));
    }
    let out = sb.run(&dir, &["check", ".", "--format", "sarif"]);
    let log: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(log["runs"][0].get("automationDetails").is_none());
}
