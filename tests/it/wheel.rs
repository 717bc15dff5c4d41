//! `pip install gencheck`: the wheel maturin builds from `pyproject.toml`
//! (`bindings = "bin"`: the gencheck binary and nothing else), installed into
//! a fresh venv and run end to end; and the pre-commit manifest with its
//! `language: python` hook.
//!
//! The wheel is built with `maturin build --profile dev`, not `--release`: a
//! release build costs CI about 7 minutes more, while the dev profile reuses
//! every dependency `cargo test` already compiled (only gencheck's own crate
//! is compiled again, for the `dev` rather than the `test` profile). Cargo's
//! intermediate artifacts are shared through `CARGO_BUILD_BUILD_DIR` (this
//! run's target directory); the final binary goes to a temporary
//! `CARGO_TARGET_DIR`, so that the `target/debug/gencheck` the other tests
//! run is never replaced while they run it.
//!
//! maturin is `$MATURIN_BIN`, else `maturin` on PATH; without it the test
//! fails under CI (`.ci/run` installs it) and is skipped elsewhere.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

use crate::common::{bin, describe, fixture_arg, manifest_dir, missing, text};

/// maturin: `$MATURIN_BIN`, else `maturin` on PATH when it runs.
fn maturin() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("MATURIN_BIN").filter(|v| !v.is_empty()) {
        return Some(PathBuf::from(p));
    }
    Command::new("maturin")
        .arg("--version")
        .output()
        .ok()
        .filter(|o| o.status.success())
        .map(|_| PathBuf::from("maturin"))
}

/// Run `cmd` to completion, killing it after `limit` (a build that waits
/// forever on a lock must fail the test, not hang CI).
fn run_with_limit(cmd: &mut Command, limit: Duration) -> Output {
    let mut child = cmd
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("running {cmd:?}: {e}"));
    // Drain both pipes on threads so a chatty build cannot block on them.
    let mut out = child.stdout.take().unwrap();
    let mut err = child.stderr.take().unwrap();
    let out_reader = std::thread::spawn(move || {
        let mut v = Vec::new();
        std::io::Read::read_to_end(&mut out, &mut v).ok();
        v
    });
    let err_reader = std::thread::spawn(move || {
        let mut v = Vec::new();
        std::io::Read::read_to_end(&mut err, &mut v).ok();
        v
    });
    let start = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if start.elapsed() > limit {
            let _ = child.kill();
            let _ = child.wait();
            panic!(
                "{cmd:?} took more than {} s; stderr so far:\n{}",
                limit.as_secs(),
                text(&err_reader.join().unwrap())
            );
        }
        std::thread::sleep(Duration::from_millis(200));
    };
    Output {
        status,
        stdout: out_reader.join().unwrap(),
        stderr: err_reader.join().unwrap(),
    }
}

/// Where cargo keeps this run's intermediate artifacts: the build directory
/// if one is configured, else the target directory the binary under test is
/// in (`<target>/debug/gencheck`).
fn build_dir() -> PathBuf {
    if let Some(dir) = std::env::var_os("CARGO_BUILD_BUILD_DIR").filter(|v| !v.is_empty()) {
        return PathBuf::from(dir);
    }
    let bin = bin();
    bin.parent()
        .and_then(Path::parent)
        .expect("the binary under test is in <target>/<profile>/")
        .to_path_buf()
}

#[test]
fn wheel_installs_into_a_venv_and_checks() {
    let Some(maturin) = maturin() else {
        missing(
            "maturin is not installed (MATURIN_BIN is not set and no maturin is on PATH)",
            "pip install maturin; .ci/run installs it",
        );
        return;
    };
    let python_ok = Command::new("python3")
        .args(["-c", "import ensurepip, venv"])
        .output()
        .is_ok_and(|o| o.status.success());
    if !python_ok {
        missing(
            "python3 with the venv module is not installed",
            "apt-get install python3-venv; .ci/run installs it",
        );
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let tmp = tmp.path();
    let dist = tmp.join("dist");

    // The wheel, as `pip install .` would build it but with the dev profile.
    let out = run_with_limit(
        Command::new(&maturin)
            .current_dir(manifest_dir())
            .args(["build", "--profile", "dev", "--locked"])
            .args(["--compression-method", "stored", "--manifest-path"])
            .arg(manifest_dir().join("Cargo.toml"))
            .arg("--out")
            .arg(&dist)
            .env("CARGO_BUILD_BUILD_DIR", build_dir())
            .env("CARGO_TARGET_DIR", tmp.join("target"))
            .env("CARGO_TERM_COLOR", "never"),
        Duration::from_secs(20 * 60),
    );
    assert!(out.status.success(), "maturin build: {}", describe(&out));
    let wheels: Vec<PathBuf> = std::fs::read_dir(&dist)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "whl"))
        .collect();
    assert_eq!(
        wheels.len(),
        1,
        "one wheel in {}: {wheels:?}",
        dist.display()
    );
    let wheel = &wheels[0];
    let name = wheel.file_name().unwrap().to_string_lossy().into_owned();
    // The version is Cargo.toml's; a binary wheel runs on any Python 3.
    let prefix = format!("gencheck-{}-py3-none-", env!("CARGO_PKG_VERSION"));
    assert!(
        name.starts_with(&prefix),
        "{name} should start with {prefix}"
    );

    // A fresh venv, and the wheel installed without any index.
    let venv = tmp.join("venv");
    let out = Command::new("python3")
        .args(["-m", "venv"])
        .arg(&venv)
        .stdin(Stdio::null())
        .output()
        .unwrap();
    assert!(out.status.success(), "python3 -m venv: {}", describe(&out));
    let out = Command::new(venv.join("bin/python"))
        .args(["-m", "pip", "install", "--no-index", "--no-deps", "-q"])
        .arg(wheel)
        .env("PIP_DISABLE_PIP_VERSION_CHECK", "1")
        .env_remove("PIP_FIND_LINKS")
        .env_remove("PIP_REQUIRE_VIRTUALENV")
        .stdin(Stdio::null())
        .output()
        .unwrap();
    assert!(out.status.success(), "pip install: {}", describe(&out));
    let installed = venv.join("bin/gencheck");
    assert!(
        installed.is_file(),
        "pip installed no {}",
        installed.display()
    );

    let run = |args: &[&str]| {
        Command::new(&installed)
            .current_dir(tmp)
            .args(args)
            .env("NO_COLOR", "1")
            .stdin(Stdio::null())
            .output()
            .unwrap()
    };
    // The same program as the binary under test.
    let version = run(&["--version"]);
    assert!(version.status.success(), "{}", describe(&version));
    let expected = Command::new(bin()).arg("--version").output().unwrap();
    assert_eq!(text(&version.stdout), text(&expected.stdout));
    assert!(
        text(&version.stdout).starts_with(&format!("gencheck {}\n", env!("CARGO_PKG_VERSION"))),
        "{}",
        describe(&version)
    );

    let clean = run(&["check", &fixture_arg("clean/python/util/counters.py")]);
    assert_eq!(clean.status.code(), Some(0), "{}", describe(&clean));
    let broken = run(&[
        "check",
        &fixture_arg("syntax-error/python/spliced_model_field.py"),
    ]);
    assert_eq!(broken.status.code(), Some(1), "{}", describe(&broken));
    assert!(
        text(&broken.stdout).contains("syntax-error"),
        "{}",
        describe(&broken)
    );

    // The GitHub Action's install step with its `wheel` input: a venv of
    // its own, put on the job's PATH through $GITHUB_PATH.
    let github_path = tmp.join("github_path");
    let runner_temp = tmp.join("runner");
    std::fs::create_dir_all(&runner_temp).unwrap();
    let out = Command::new("bash")
        .arg(manifest_dir().join("action/install.sh"))
        .current_dir(tmp)
        .env("GENCHECK_WHEEL", wheel)
        .env("GITHUB_PATH", &github_path)
        .env("RUNNER_TEMP", &runner_temp)
        .env("PIP_NO_INDEX", "1")
        .env_remove("GENCHECK_VERSION")
        .env_remove("PIP_REQUIRE_VIRTUALENV")
        .stdin(Stdio::null())
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "action/install.sh: {}",
        describe(&out)
    );
    assert_eq!(
        text(&out.stdout),
        text(&expected.stdout),
        "{}",
        describe(&out)
    );
    let on_path = std::fs::read_to_string(&github_path).unwrap();
    let action_bin = PathBuf::from(on_path.trim()).join("gencheck");
    assert!(
        action_bin.starts_with(&runner_temp),
        "{}",
        action_bin.display()
    );
    let version = Command::new(&action_bin).arg("--version").output().unwrap();
    assert_eq!(text(&version.stdout), text(&expected.stdout));
}

/// The hook manifest is what pre-commit accepts (its own
/// `validate-manifest`), and the `language: python` hook (pip installs this
/// repository: the wheel above, built by maturin) checks what the `rust` hook
/// checks. pre-commit is `$PRE_COMMIT_BIN`, else `pre-commit` on PATH.
#[test]
fn hook_manifest_is_valid_with_a_python_hook() {
    let manifest = std::fs::read_to_string(manifest_dir().join(".pre-commit-hooks.yaml")).unwrap();
    let hooks: Vec<&str> = manifest.split("\n- id: ").skip(1).collect();
    let hook = |id: &str| {
        hooks
            .iter()
            .find(|h| h.lines().next() == Some(id))
            .unwrap_or_else(|| panic!("no hook {id} in .pre-commit-hooks.yaml"))
    };
    // Every line but the name, description and language is the same.
    let essentials = |h: &str| -> Vec<String> {
        h.lines()
            .skip(1)
            .filter(|l| {
                !["  name:", "  description:", "  language:"]
                    .iter()
                    .any(|k| l.starts_with(k))
            })
            .map(str::to_string)
            .collect()
    };
    let python = hook("gencheck-python");
    assert!(python.contains("\n  language: python\n"), "{python}");
    assert_eq!(essentials(python), essentials(hook("gencheck")));
    assert_eq!(
        essentials(hook("gencheck-system")),
        essentials(hook("gencheck"))
    );

    // pip installs the repository through pyproject.toml, and gencheck must
    // not take that file for its configuration (it would when it named a
    // table of gencheck's).
    let pyproject = std::fs::read_to_string(manifest_dir().join("pyproject.toml")).unwrap();
    assert!(pyproject.contains("bindings = \"bin\""), "{pyproject}");
    assert!(
        !pyproject.contains(concat!("tool", ".gencheck")),
        "pyproject.toml would become gencheck's configuration"
    );

    let Some(pre_commit) = crate::common::pre_commit() else {
        return;
    };
    let out = Command::new(&pre_commit)
        .current_dir(manifest_dir())
        .args(["validate-manifest", ".pre-commit-hooks.yaml"])
        .stdin(Stdio::null())
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "pre-commit validate-manifest: {}",
        describe(&out)
    );
}
