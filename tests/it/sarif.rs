//! `--format sarif`, end to end through the real binary: the output is valid
//! SARIF 2.1.0 (the OASIS schema, vendored; and Microsoft's SARIF validator
//! with GitHub's ingestion rules: required under CI, skipped elsewhere when
//! it is not installed), lists every rule, and fingerprints findings by what
//! they flag, not by line number.

use std::collections::{BTreeMap, HashSet};
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command as Process;

use gencheck::rules::Rule;
use serde_json::Value;

use crate::common::{gencheck, manifest_dir};

fn data(name: &str) -> PathBuf {
    manifest_dir().join("tests/data/sarif").join(name)
}

/// Run `gencheck check --format sarif ARGS` in `cwd` and parse stdout.
fn sarif(cwd: &Path, args: &[&str]) -> Value {
    let out = gencheck()
        .current_dir(cwd)
        .args(["check", "--format", "sarif", "--no-diff"])
        .args(args)
        .output()
        .unwrap();
    assert!(
        matches!(out.status.code(), Some(0 | 1)),
        "gencheck failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("stdout is one JSON document")
}

fn run(log: &Value) -> &Value {
    let runs = log["runs"].as_array().expect("runs");
    assert_eq!(runs.len(), 1, "one run");
    &runs[0]
}

fn results(log: &Value) -> &Vec<Value> {
    run(log)["results"].as_array().expect("results")
}

fn fingerprint(result: &Value) -> &str {
    result["partialFingerprints"]["gencheckFingerprint/v1"]
        .as_str()
        .expect("a gencheck fingerprint")
}

fn start_line(result: &Value) -> u64 {
    result["locations"][0]["physicalLocation"]["region"]["startLine"]
        .as_u64()
        .expect("startLine")
}

/// A directory outside the repository with a few awkward files: a name that
/// needs percent-encoding, a file with more findings than `--max-findings`
/// lists, identical findings on two lines.
fn awkward_dir() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let sub = dir.path().join("my dir");
    fs::create_dir(&sub).unwrap();
    fs::write(
        sub.join("naïve #1.py"),
        "def f(x:\n    return (x\n\nprint \"é\"\n",
    )
    .unwrap();
    fs::write(
        dir.path().join("dup.py"),
        "print \"a\"\nx = 1\nprint \"a\"\n",
    )
    .unwrap();
    fs::write(dir.path().join("empty.sql"), "").unwrap();
    fs::write(dir.path().join("notes.txt"), "plain text\n").unwrap();
    dir
}

/// The logs every validation test checks: the repository's fixtures (every
/// rule that fires on them, labels, whole-file findings, many languages and
/// dialects, relative paths), and the awkward files checked from their own
/// directory, once with `--max-findings 1` (tool notifications).
fn logs(tmp: &Path) -> Vec<(String, Value)> {
    vec![
        ("fixtures".into(), sarif(manifest_dir(), &["fixtures"])),
        (
            "awkward".into(),
            sarif(tmp, &["my dir", "dup.py", "empty.sql", "notes.txt"]),
        ),
        (
            "awkward --max-findings 1".into(),
            sarif(tmp, &["--max-findings", "1", "my dir", "dup.py"]),
        ),
        ("reply".into(), reply_sarif(tmp)),
        (
            "awkward --shard 1/2".into(),
            sarif(tmp, &["--shard", "1/2", "my dir", "dup.py", "empty.sql"]),
        ),
    ]
}

/// `gencheck reply` on two replies, one with an edit that does not apply
/// (findings in the reply and in the files), one with a cut-off fence.
fn reply_sarif(tmp: &Path) -> Value {
    let root = tmp.join("reply root");
    fs::create_dir_all(&root).unwrap();
    let case = manifest_dir().join("fixtures/reply/07-failed-block");
    fs::copy(case.join("tree/app.py"), root.join("app.py")).unwrap();
    let mut reply = fs::read_to_string(case.join("reply.txt")).unwrap();
    reply
        .push_str("\nbroken.py\n```python\ndef f(:\n    pass\n```\n\ncut.py\n```python\nx = (1,\n");
    fs::write(tmp.join("reply #1.md"), reply).unwrap();
    let out = gencheck()
        .current_dir(tmp)
        .args([
            "reply",
            "reply #1.md",
            "--root",
            "reply root",
            "--format",
            "sarif",
        ])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let log: Value = serde_json::from_slice(&out.stdout).expect("stdout is one JSON document");
    let rules: HashSet<&str> = results(&log)
        .iter()
        .filter_map(|r| r["ruleId"].as_str())
        .collect();
    for want in ["edit-does-not-apply", "truncated", "syntax-error"] {
        assert!(rules.contains(want), "reply SARIF lacks {want}: {rules:?}");
    }
    log
}

// ---------------------------------------------------------------------------
// 1. The OASIS SARIF 2.1.0 schema.

/// The OASIS file's `language` pattern has a stray `]`
/// (`^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}]?$`), which a validator that checks
/// schemas' regexes rejects. It is replaced in memory by the pattern the
/// SARIF Multitool's copy uses; gencheck emits no `language` anyway.
const BROKEN_LANGUAGE_PATTERN: &str = "^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}]?$";
const LANGUAGE_PATTERN: &str = "^[a-zA-Z]{2}(-[a-zA-Z]{2})?$";

fn schema_validator() -> jsonschema::Validator {
    let mut schema: Value =
        serde_json::from_str(&fs::read_to_string(data("sarif-schema-2.1.0.json")).unwrap())
            .unwrap();
    let mut fixed = 0;
    for def in ["run", "toolComponent"] {
        let pattern = &mut schema["definitions"][def]["properties"]["language"]["pattern"];
        if pattern == BROKEN_LANGUAGE_PATTERN {
            *pattern = LANGUAGE_PATTERN.into();
            fixed += 1;
        }
    }
    assert_eq!(fixed, 2, "the vendored schema changed: review the fix-up");
    // Formats (`uri`, `uri-reference`, `date-time`) are checked too.
    jsonschema::draft7::options()
        .should_validate_formats(true)
        .build(&schema)
        .expect("the vendored schema compiles")
}

fn schema_errors(validator: &jsonschema::Validator, log: &Value) -> Vec<String> {
    validator
        .iter_errors(log)
        .map(|e| format!("{}: {e}", e.instance_path()))
        .collect()
}

#[test]
fn output_is_valid_against_the_sarif_2_1_0_schema() {
    let validator = schema_validator();
    let tmp = awkward_dir();
    let mut checked = 0;
    for (name, log) in logs(tmp.path()) {
        assert_eq!(log["version"], "2.1.0");
        assert_eq!(
            log["$schema"],
            "https://json.schemastore.org/sarif-2.1.0.json"
        );
        let errors = schema_errors(&validator, &log);
        assert!(errors.is_empty(), "{name}: not valid SARIF:\n{errors:#?}");
        checked += results(&log).len();
    }
    assert!(checked > 50, "only {checked} results checked");

    // A file outside the working directory: an absolute `file` URI.
    let outside = sarif(
        tmp.path(),
        &[&manifest_dir()
            .join("fixtures/syntax-error/python/unclosed_paren.py")
            .to_string_lossy()],
    );
    let errors = schema_errors(&validator, &outside);
    assert!(errors.is_empty(), "outside: not valid SARIF:\n{errors:#?}");
    let uri = results(&outside)[0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        .as_str()
        .unwrap();
    assert!(uri.starts_with("file:///"), "{uri}");

    // The check is not vacuous: a broken log fails it.
    let mut broken = sarif(manifest_dir(), &["fixtures/syntax-error"]);
    broken["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]["startColumn"] =
        0.into();
    broken["runs"][0]["results"][1]["partialFingerprints"] = 7.into();
    broken["runs"][0]["results"][2]["locations"][0]["physicalLocation"]["artifactLocation"]
        ["uri"] = "a b.py".into();
    assert_eq!(
        schema_errors(&validator, &broken).len(),
        3,
        "{:#?}",
        schema_errors(&validator, &broken)
    );
}

#[test]
fn locations_are_relative_encoded_and_regions_one_based() {
    let tmp = awkward_dir();
    let log = sarif(tmp.path(), &["my dir", "dup.py", "empty.sql"]);
    let run = run(&log);
    assert_eq!(run["columnKind"], "unicodeCodePoints");
    assert_eq!(run["invocations"][0]["executionSuccessful"], true);
    let base = run["originalUriBaseIds"]["%SRCROOT%"]["uri"]
        .as_str()
        .unwrap();
    assert!(
        base.starts_with("file:///") && base.ends_with('/'),
        "{base}"
    );
    let uris: HashSet<&str> = results(&log)
        .iter()
        .map(|r| {
            let loc = &r["locations"][0]["physicalLocation"]["artifactLocation"];
            assert_eq!(loc["uriBaseId"], "%SRCROOT%");
            loc["uri"].as_str().unwrap()
        })
        .collect();
    assert!(uris.contains("my%20dir/na%C3%AFve%20%231.py"), "{uris:?}");
    assert!(
        uris.contains("dup.py") && uris.contains("empty.sql"),
        "{uris:?}"
    );

    // Whole-file finding: line 1, no columns.
    let empty = results(&log)
        .iter()
        .find(|r| r["ruleId"] == "empty-file")
        .expect("empty-file result");
    let region = &empty["locations"][0]["physicalLocation"]["region"];
    assert_eq!(region["startLine"], 1);
    assert!(region.get("startColumn").is_none());

    // Spans agree with `--format json` (columns in Unicode scalar values).
    let fixture = "fixtures/syntax-error/python/unclosed_paren.py";
    let log = sarif(manifest_dir(), &[fixture]);
    let json_out = gencheck()
        .current_dir(manifest_dir())
        .args(["check", "--format", "json", "--no-diff", fixture])
        .output()
        .unwrap();
    let json: Value = serde_json::from_slice(&json_out.stdout).unwrap();
    let finding = &json["files"][0]["findings"][0];
    let result = &results(&log)[0];
    let region = &result["locations"][0]["physicalLocation"]["region"];
    assert_eq!(region["startLine"], finding["span"]["start"]["line"]);
    assert_eq!(region["startColumn"], finding["span"]["start"]["column"]);
    assert_eq!(region["endLine"], finding["span"]["end"]["line"]);
    assert!(region["endColumn"].as_u64() >= region["startColumn"].as_u64());
    // The label ("`(` opened here") is a related location with its message.
    let label = &finding["labels"][0];
    let related = &result["relatedLocations"][0];
    assert_eq!(
        related["message"]["text"]
            .as_str()
            .unwrap()
            .trim_end_matches('.'),
        label["message"].as_str().unwrap().trim_end_matches('.')
    );
    let region = &related["physicalLocation"]["region"];
    assert_eq!(region["startLine"], label["span"]["start"]["line"]);
    assert_eq!(region["startColumn"], label["span"]["start"]["column"]);
    assert_eq!(region["endColumn"], label["span"]["end"]["column"]);
    assert_eq!(region["snippet"]["text"], "(");
}

#[test]
fn omitted_findings_become_a_notification() {
    let tmp = awkward_dir();
    let log = sarif(tmp.path(), &["--max-findings", "1", "dup.py"]);
    assert_eq!(results(&log).len(), 1);
    let notes = &run(&log)["invocations"][0]["toolExecutionNotifications"];
    assert_eq!(notes.as_array().map(Vec::len), Some(1), "{notes:#}");
    let text = notes[0]["message"]["text"].as_str().unwrap();
    assert!(
        text.contains("1 more finding") && text.contains("dup.py"),
        "{text}"
    );
}

// ---------------------------------------------------------------------------
// 2. Microsoft's SARIF validator (SARIF Multitool), with GitHub's rules.

/// The Multitool's native binary: `$SARIF_MULTITOOL`, else `sarif-multitool`
/// or `Sarif.Multitool` on PATH. npm's `sarif-multitool` is a node wrapper
/// that runs the binary through a shell, which splits `Sarif;Gh` at the
/// `;`; so a wrapper is replaced by the binary beside it.
fn multitool() -> Result<PathBuf, String> {
    let found = match std::env::var_os("SARIF_MULTITOOL").filter(|v| !v.is_empty()) {
        Some(p) => PathBuf::from(p),
        None => std::env::var_os("PATH")
            .iter()
            .flat_map(std::env::split_paths)
            .flat_map(|d| [d.join("sarif-multitool"), d.join("Sarif.Multitool")])
            .find(|p| p.is_file())
            .ok_or("SARIF_MULTITOOL is not set and no sarif-multitool is on PATH")?,
    };
    let real = fs::canonicalize(&found).map_err(|e| format!("{}: {e}", found.display()))?;
    if real.file_name().is_some_and(|n| n == "bin.js") {
        let dir = real.parent().unwrap();
        let platform = format!("sarif-multitool-{}", std::env::consts::OS);
        return [
            dir.join("Sarif.Multitool"),
            dir.join("..").join(platform).join("Sarif.Multitool"),
        ]
        .into_iter()
        .find(|p| p.is_file())
        .ok_or(format!(
            "{} is the npm wrapper and no Sarif.Multitool binary is beside it",
            found.display()
        ));
    }
    Ok(real)
}

/// `(rule id, level, message)` of each problem the Multitool reports in
/// `log`, with GitHub's ingestion rules on.
fn multitool_problems(
    tool: &Path,
    dir: &Path,
    name: &str,
    log: &Value,
) -> Vec<(String, String, String)> {
    let input = dir.join(format!("{name}.sarif"));
    let output = dir.join(format!("{name}.validation.sarif"));
    fs::write(&input, serde_json::to_string_pretty(log).unwrap()).unwrap();
    let out = Process::new(tool)
        .arg("validate")
        .arg(&input)
        .arg("--output")
        .arg(&output)
        .args([
            "--log",
            "ForceOverwrite",
            "--rule-kind",
            "Sarif;Gh",
            "--config",
        ])
        .arg(data("multitool-github.xml"))
        .output()
        .unwrap_or_else(|e| panic!("running {}: {e}", tool.display()));
    let report: Value = fs::read(&output)
        .ok()
        .and_then(|b| serde_json::from_slice(&b).ok())
        .unwrap_or_else(|| {
            panic!(
                "{} wrote no validation log (exit {:?}):\n{}{}",
                tool.display(),
                out.status.code(),
                String::from_utf8_lossy(&out.stdout),
                String::from_utf8_lossy(&out.stderr)
            )
        });
    let mut problems = Vec::new();
    for run in report["runs"].as_array().into_iter().flatten() {
        let rules = &run["tool"]["driver"]["rules"];
        for r in run["results"].as_array().into_iter().flatten() {
            let id = r["ruleId"].as_str().unwrap_or("?").to_string();
            // SARIF's default level is "warning".
            let level = r["level"].as_str().unwrap_or("warning").to_string();
            let message = r["message"]["text"]
                .as_str()
                .map(str::to_string)
                .unwrap_or_else(|| {
                    // Templated: the rule's message string with the arguments.
                    let idx = r["ruleIndex"].as_u64().unwrap_or(0) as usize;
                    let key = r["message"]["id"].as_str().unwrap_or("");
                    let mut t = rules[idx]["messageStrings"][key]["text"]
                        .as_str()
                        .unwrap_or(key)
                        .to_string();
                    for (i, a) in r["message"]["arguments"]
                        .as_array()
                        .into_iter()
                        .flatten()
                        .enumerate()
                    {
                        t = t.replace(&format!("{{{i}}}"), a.as_str().unwrap_or(""));
                    }
                    t
                });
            problems.push((id, level, message));
        }
        // Exceptions and configuration problems of the validator itself.
        for inv in run["invocations"].as_array().into_iter().flatten() {
            for key in [
                "toolExecutionNotifications",
                "toolConfigurationNotifications",
            ] {
                for n in inv[key].as_array().into_iter().flatten() {
                    if n["level"].as_str().unwrap_or("warning") == "error" {
                        problems.push((
                            "TOOL".into(),
                            "error".into(),
                            n["message"]["text"].as_str().unwrap_or("").into(),
                        ));
                    }
                }
            }
        }
    }
    problems
}

/// Rules that can only be satisfied with data gencheck does not have.
fn tolerated(rule_id: &str) -> bool {
    // informationUri comes from Cargo.toml's `homepage` or `repository`.
    rule_id == "SARIF2005"
        && env!("CARGO_PKG_HOMEPAGE").is_empty()
        && env!("CARGO_PKG_REPOSITORY").is_empty()
}

#[test]
fn output_passes_the_sarif_multitool_validator_with_github_rules() {
    let tool = match multitool() {
        Ok(t) => t,
        Err(why) => {
            crate::common::missing(
                &format!("the SARIF Multitool is not available: {why}"),
                "npm install @microsoft/sarif-multitool and set SARIF_MULTITOOL; .ci/run \
                 installs it",
            );
            return;
        }
    };
    let tmp = awkward_dir();
    let work = tempfile::tempdir().unwrap();

    // The harness sees problems: a broken log has errors, GitHub's among them.
    let mut broken = sarif(manifest_dir(), &["fixtures/syntax-error/python"]);
    broken["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]["startColumn"] =
        0.into();
    broken["runs"][0]["results"][1]["locations"][0]["physicalLocation"]
        .as_object_mut()
        .unwrap()
        .remove("region");
    let problems = multitool_problems(&tool, work.path(), "broken", &broken);
    let ids: HashSet<&str> = problems.iter().map(|p| p.0.as_str()).collect();
    assert!(
        ids.contains("JSON1008") && ids.contains("GH1003"),
        "the validator missed known errors: {problems:#?}"
    );

    for (i, (name, log)) in logs(tmp.path()).into_iter().enumerate() {
        let problems = multitool_problems(&tool, work.path(), &format!("log{i}"), &log);
        for (id, level, message) in &problems {
            if level == "note" || tolerated(id) {
                eprintln!("{name}: {level} {id}: {message}");
            }
        }
        let failing: Vec<_> = problems
            .iter()
            .filter(|(id, level, _)| level != "note" && !tolerated(id))
            .collect();
        assert!(
            failing.is_empty(),
            "{name}: the SARIF Multitool reports:\n{failing:#?}"
        );
    }

    // A file outside the working directory gets an absolute `file` URI,
    // which GitHub cannot map into the repository: the validator says so
    // (GH1006, "provide the checkout path") and nothing else.
    let outside = sarif(
        tmp.path(),
        &[&manifest_dir()
            .join("fixtures/syntax-error/python/unclosed_paren.py")
            .to_string_lossy()],
    );
    let problems = multitool_problems(&tool, work.path(), "outside", &outside);
    let ids: HashSet<&str> = problems
        .iter()
        .filter(|(id, level, _)| level != "note" && !tolerated(id))
        .map(|p| p.0.as_str())
        .collect();
    assert_eq!(ids, HashSet::from(["GH1006"]), "{problems:#?}");
}

// ---------------------------------------------------------------------------
// 3. Fingerprints.

const BROKEN: &str = "\
import os


def load(path):
    with open(path) as fh:
        return fh.read(


def save(path, data)
    with open(path, \"w\") as fh:
        fh.write(data)

print \"done\"
print \"done\"
";

#[test]
fn fingerprints_survive_moved_code_and_tell_findings_apart() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("store.py");
    fs::write(&file, BROKEN).unwrap();
    let before = sarif(dir.path(), &["store.py"]);
    let before = results(&before);
    assert!(before.len() >= 4, "{before:#?}");

    // Every finding has its own fingerprint, also the two identical
    // `print "done"` lines.
    let unique: HashSet<&str> = before.iter().map(fingerprint).collect();
    assert_eq!(unique.len(), before.len(), "{before:#?}");
    for f in &unique {
        assert!(
            f.len() >= 16 && f.chars().all(|c| c.is_ascii_hexdigit()),
            "{f}"
        );
    }

    // A comment and blank lines above and between: every finding moves down,
    // and keeps its fingerprint.
    let moved = format!(
        "# header\n\n\n\n{}",
        BROKEN.replacen("import os", "import os\n\n", 1)
    );
    fs::write(&file, moved).unwrap();
    let after = sarif(dir.path(), &["store.py"]);
    let after = results(&after);
    assert_eq!(after.len(), before.len());
    for (b, a) in before.iter().zip(after) {
        assert_eq!(a["ruleId"], b["ruleId"]);
        assert!(start_line(a) > start_line(b), "{a:#}\n{b:#}");
        assert_eq!(fingerprint(a), fingerprint(b), "{a:#}\n{b:#}");
    }

    // The same text in another file is another finding.
    fs::write(dir.path().join("other.py"), BROKEN).unwrap();
    let other = sarif(dir.path(), &["other.py"]);
    for r in results(&other) {
        assert!(!unique.contains(fingerprint(r)), "{r:#}");
    }

    // Changing the flagged line changes the fingerprint of that finding only.
    fs::write(
        &file,
        BROKEN.replace("def save(path, data)", "def store(path, data)"),
    )
    .unwrap();
    let edited = sarif(dir.path(), &["store.py"]);
    let edited: HashSet<&str> = results(&edited).iter().map(fingerprint).collect();
    assert_eq!(edited.len(), before.len());
    assert_eq!(
        edited.difference(&unique).count(),
        1,
        "{edited:?} vs {unique:?}"
    );
}

#[test]
fn whole_file_fingerprints_ignore_line_numbers_in_the_message() {
    let dir = tempfile::tempdir().unwrap();
    let previous = dir.path().join("previous.py");
    fs::write(dir.path().join("mod.py"), "def kept():\n    return 1\n").unwrap();
    let old =
        "def kept():\n    return 1\n\n\ndef gone():\n    return 2\n\n\ndef lost():\n    return 3\n";
    let check = |prev: &str| {
        fs::write(&previous, prev).unwrap();
        let log = gencheck()
            .current_dir(dir.path())
            .args([
                "check",
                "--format",
                "sarif",
                "--previous",
                "previous.py",
                "mod.py",
            ])
            .output()
            .unwrap();
        let log: Value = serde_json::from_slice(&log.stdout).unwrap();
        results(&log)
            .iter()
            .filter(|r| r["ruleId"] == "definitions-removed")
            .map(|r| {
                (
                    r["message"]["text"].as_str().unwrap().to_string(),
                    fingerprint(r).to_string(),
                )
            })
            .collect::<Vec<_>>()
    };
    let before = check(old);
    let after = check(&format!("\n\n\n{old}"));
    assert_eq!(before.len(), 2, "{before:?}");
    assert_ne!(before[0].1, before[1].1, "{before:?}");
    for (b, a) in before.iter().zip(&after) {
        assert_ne!(b.0, a.0, "the messages name the old line numbers");
        assert_eq!(b.1, a.1, "{b:?} vs {a:?}");
    }
}

// ---------------------------------------------------------------------------
// 4. Rules.

#[test]
fn every_rule_is_described_and_rule_indexes_point_at_their_rule() {
    let log = sarif(manifest_dir(), &["fixtures"]);
    let driver = &run(&log)["tool"]["driver"];
    assert_eq!(driver["name"], "gencheck");
    assert_eq!(driver["version"], env!("CARGO_PKG_VERSION"));
    let rules = driver["rules"].as_array().expect("rules");
    let ids: Vec<&str> = rules.iter().map(|r| r["id"].as_str().unwrap()).collect();
    let all: Vec<&str> = Rule::ALL.iter().map(|r| r.id()).collect();
    assert_eq!(ids, all);
    for (rule, desc) in Rule::ALL.iter().zip(rules) {
        let level = match rule.default_severity() {
            gencheck::diagnostic::Severity::Error => "error",
            gencheck::diagnostic::Severity::Warning => "warning",
            gencheck::diagnostic::Severity::Info => "note",
        };
        assert_eq!(
            desc["defaultConfiguration"]["level"],
            level,
            "{}",
            rule.id()
        );
        let short = desc["shortDescription"]["text"].as_str().unwrap();
        assert!(
            short
                .to_lowercase()
                .contains(&rule.summary().to_lowercase()),
            "{short}"
        );
        assert!(!desc["fullDescription"]["text"].as_str().unwrap().is_empty());
        let doc = rule.documentation();
        for key in ["text", "markdown"] {
            assert!(
                desc["help"][key].as_str().unwrap().contains(doc.trim()),
                "{}: help.{key}",
                rule.id()
            );
        }
        if let Some(name) = desc["name"].as_str() {
            assert!(!name.eq_ignore_ascii_case(rule.id()));
        }
    }

    let results = results(&log);
    let mut seen = BTreeMap::new();
    for r in results {
        let index = r["ruleIndex"].as_u64().expect("ruleIndex") as usize;
        assert_eq!(rules[index]["id"], r["ruleId"], "{r:#}");
        assert!(matches!(
            r["level"].as_str(),
            Some("error" | "warning" | "note")
        ));
        *seen.entry(r["ruleId"].as_str().unwrap()).or_insert(0) += 1;
    }
    // The fixtures exercise most rules, not just one.
    assert!(seen.len() >= 8, "{seen:?}");
}

/// The GitHub Action's check step (`action/run.sh`, which `action.yml`
/// runs), run as a script in a temporary repository: it writes valid SARIF
/// naming the broken file, sets the `exit-code` output, and exits 1.
#[test]
fn the_github_action_step_writes_valid_sarif() {
    let action = fs::read_to_string(manifest_dir().join("action.yml")).unwrap();
    assert!(action.contains("action/run.sh") && action.contains("using: composite"));
    let sb = crate::common::Sandbox::new();
    let repo = sb.repo("repo");
    sb.write("repo/app.py", crate::common::GOOD);
    sb.commit_all(&repo, "base");
    sb.git(&repo, &["tag", "base"]);
    sb.write("repo/app.py", crate::common::BROKEN);
    sb.write("repo/ok.py", crate::common::GOOD);
    sb.commit_all(&repo, "change");
    let github_output = sb.path("github_output");
    let mut cmd = Process::new("bash");
    cmd.current_dir(&repo)
        .arg(manifest_dir().join("action/run.sh"))
        .env("GENCHECK", crate::common::bin())
        .env("GENCHECK_BASE", "base")
        .env("GENCHECK_OUTPUT", "gencheck.sarif")
        .env("GENCHECK_ARGS", "--no-diff")
        .env("GITHUB_OUTPUT", &github_output);
    crate::common::isolate(&mut cmd, &sb.top);
    let out = cmd.output().unwrap();
    assert_eq!(
        out.status.code(),
        Some(1),
        "{}",
        crate::common::describe(&out)
    );
    assert_eq!(fs::read_to_string(&github_output).unwrap(), "exit-code=1\n");
    let log: Value =
        serde_json::from_slice(&fs::read(repo.join("gencheck.sarif")).unwrap()).unwrap();
    let errors = schema_errors(&schema_validator(), &log);
    assert!(errors.is_empty(), "not valid SARIF:\n{errors:#?}");
    let files: HashSet<&str> = results(&log)
        .iter()
        .filter_map(|r| r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"].as_str())
        .collect();
    assert_eq!(files, HashSet::from(["app.py"]));
    // Without a base, the step says what is missing and exits 2.
    let mut cmd = Process::new("bash");
    cmd.current_dir(&repo)
        .arg(manifest_dir().join("action/run.sh"))
        .env_remove("GENCHECK_BASE");
    crate::common::isolate(&mut cmd, &sb.top);
    let out = cmd.output().unwrap();
    assert_ne!(out.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&out.stderr).contains("GENCHECK_BASE"));
}
