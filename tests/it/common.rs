//! Helpers shared by every module: the binary under test, the repository's
//! folders, git isolated from the machine's configuration, temporary
//! repositories, reading reports, and what to do when a test needs a tool
//! or a condition this machine lacks.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use serde_json::Value;

/// A valid Python file, and the same with an unclosed parenthesis.
pub const GOOD: &str = "def total(items):\n    return sum(items)\n";
pub const BROKEN: &str = "def total(items:\n    return sum(items)\n";

pub fn manifest_dir() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// `fixtures/<rel>`, absolute.
pub fn fixture(rel: &str) -> PathBuf {
    manifest_dir().join("fixtures").join(rel)
}

/// `fixtures/<rel>`, absolute, as an argument string.
pub fn fixture_arg(rel: &str) -> String {
    fixture(rel).to_string_lossy().into_owned()
}

/// The gencheck binary Cargo built for these tests.
pub fn bin() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_gencheck"))
}

/// The binary as an `assert_cmd` command, with no inherited `NO_COLOR` (the
/// tests choose colour with flags or set `NO_COLOR` themselves).
pub fn gencheck() -> assert_cmd::Command {
    let mut c = assert_cmd::Command::new(bin());
    c.env_remove("NO_COLOR");
    c
}

/// The binary run in `dir`, without colour.
pub fn gencheck_in(dir: &Path) -> assert_cmd::Command {
    let mut c = gencheck();
    c.current_dir(dir).env("NO_COLOR", "1");
    c
}

/// The environment of every git and gencheck process run in a sandbox: no
/// variable of an enclosing hook (a test run from inside a hook must not act
/// on the outer repository), no system or global configuration, a known
/// identity, and git never looks for a repository above `top`.
pub fn isolate<'a>(cmd: &'a mut Command, top: &Path) -> &'a mut Command {
    for var in [
        "GIT_DIR",
        "GIT_WORK_TREE",
        "GIT_INDEX_FILE",
        "GIT_OBJECT_DIRECTORY",
        "GIT_PREFIX",
        "GIT_COMMON_DIR",
    ] {
        cmd.env_remove(var);
    }
    cmd.env("GIT_CEILING_DIRECTORIES", top)
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_AUTHOR_NAME", "Test")
        .env("GIT_AUTHOR_EMAIL", "test@example.com")
        .env("GIT_COMMITTER_NAME", "Test")
        .env("GIT_COMMITTER_EMAIL", "test@example.com")
        .env("NO_COLOR", "1")
}

/// A temporary directory (its canonical path) that git never looks above.
pub struct Sandbox {
    _dir: tempfile::TempDir,
    pub top: PathBuf,
}

impl Sandbox {
    pub fn new() -> Sandbox {
        let dir = tempfile::tempdir().unwrap();
        let top = dir.path().canonicalize().unwrap();
        Sandbox { _dir: dir, top }
    }

    pub fn path(&self, rel: &str) -> PathBuf {
        self.top.join(rel)
    }

    pub fn write(&self, rel: &str, bytes: impl AsRef<[u8]>) -> PathBuf {
        let p = self.path(rel);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(&p, bytes).unwrap();
        p
    }

    pub fn mkdir(&self, rel: &str) -> PathBuf {
        let p = self.path(rel);
        std::fs::create_dir_all(&p).unwrap();
        p
    }

    /// Run git in `dir`, isolated, whatever its exit status.
    pub fn git_output(&self, dir: &Path, args: &[&str]) -> Output {
        isolate(Command::new("git").current_dir(dir).args(args), &self.top)
            .output()
            .unwrap()
    }

    /// Run git in `dir`; panic with its output when it fails.
    pub fn git(&self, dir: &Path, args: &[&str]) -> String {
        let out = self.git_output(dir, args);
        assert!(
            out.status.success(),
            "git {args:?} failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// A new repository at `rel` with branch `main` and no signing.
    pub fn repo(&self, rel: &str) -> PathBuf {
        let p = self.mkdir(rel);
        self.git(&p, &["init", "-q", "-b", "main"]);
        self.git(&p, &["config", "commit.gpgsign", "false"]);
        p
    }

    pub fn commit_all(&self, repo: &Path, msg: &str) {
        self.git(repo, &["add", "-A"]);
        self.git(repo, &["commit", "-q", "--no-verify", "-m", msg]);
    }

    /// The real binary, run in `dir`, isolated, with no standard input.
    pub fn gencheck(&self, dir: &Path, args: &[&str]) -> Command {
        let mut cmd = Command::new(bin());
        cmd.current_dir(dir).args(args).stdin(Stdio::null());
        isolate(&mut cmd, &self.top);
        cmd
    }

    pub fn run(&self, dir: &Path, args: &[&str]) -> Output {
        self.gencheck(dir, args).output().unwrap()
    }

    pub fn run_stdin(&self, dir: &Path, args: &[&str], stdin: &[u8]) -> Output {
        let mut child = self
            .gencheck(dir, args)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        // A run that fails on its arguments exits without reading standard
        // input: the write then fails with a broken pipe, which is not the
        // test's business (its exit status and messages are).
        let _ = child.stdin.take().unwrap().write_all(stdin);
        child.wait_with_output().unwrap()
    }
}

pub fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// Exit status, stdout and stderr of a run, for assertion messages.
pub fn describe(out: &Output) -> String {
    format!(
        "status {:?}\n--- stdout\n{}--- stderr\n{}",
        out.status,
        text(&out.stdout),
        text(&out.stderr)
    )
}

/// The `path` of every file of a JSON report, in order.
pub fn paths(doc: &Value) -> Vec<String> {
    doc["files"]
        .as_array()
        .expect("files")
        .iter()
        .map(|f| f["path"].as_str().unwrap().to_string())
        .collect()
}

/// Whether this run is CI's: the `CI` variable is set (to anything but an
/// empty string, `0` or `false`). `.ci/run` sets it.
pub fn in_ci() -> bool {
    std::env::var("CI").is_ok_and(|v| !v.is_empty() && v != "0" && !v.eq_ignore_ascii_case("false"))
}

/// The pre-commit framework: `$PRE_COMMIT_BIN`, else `pre-commit` on PATH.
/// `None` (after [`missing`], which fails the test under CI) when neither is.
pub fn pre_commit() -> Option<PathBuf> {
    let found = std::env::var_os("PRE_COMMIT_BIN")
        .filter(|v| !v.is_empty())
        .map(PathBuf::from)
        .or_else(|| {
            Command::new("pre-commit")
                .arg("--version")
                .output()
                .ok()
                .filter(|o| o.status.success())
                .map(|_| PathBuf::from("pre-commit"))
        });
    if found.is_none() {
        missing(
            "the pre-commit framework is not installed (PRE_COMMIT_BIN is not set and no \
             pre-commit is on PATH)",
            "pip install pre-commit; .ci/run installs it",
        );
    }
    found
}

/// A test cannot run here: `what` is missing (and `how` is how to get it).
/// Under CI this fails the test, since CI provides everything; elsewhere the
/// test is skipped, saying so on the stderr handle (which the test harness
/// does not capture, so the skip shows in every run's output).
pub fn missing(what: &str, how: &str) {
    if in_ci() {
        panic!("{what}, and CI is set: CI must provide it ({how})");
    }
    let _ = writeln!(
        std::io::stderr(),
        "SKIPPED: {what} ({how}); with CI set this fails"
    );
}
