//! Pathological inputs through the real binary: each one is checked to the
//! right verdict (a finding, never a crash), under a bound on peak memory
//! (the child's VmHWM, sampled until it exits) and a hang limit (the child
//! is killed past it). No test asserts how fast anything is: BENCHMARKS.md and
//! PATHOLOGICAL.md (`scripts/pathological.sh`) measure that in release builds.
//!
//! The inputs are the same as `scripts/pathological.py` writes.

use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use crate::common::{bin, manifest_dir, Sandbox};

/// A run taking longer than this has hung (debug builds included).
const HANG_LIMIT: Duration = Duration::from_secs(180);

/// Peak resident memory allowed to any run here. The worst measured (10^5
/// nested brackets, whose parse recurses per level) peaks near 250 MB in a
/// release build; a debug build's frames are larger.
const MEMORY_BOUND_KB: i64 = 768 * 1024;

struct Run {
    code: i32,
    stdout: String,
    stderr: String,
    peak_kb: i64,
}

impl Run {
    fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.stdout)
            .unwrap_or_else(|e| panic!("not JSON ({e}): {}\nstderr: {}", self.stdout, self.stderr))
    }

    /// The rules of the findings of the only file reported.
    fn rules(&self) -> Vec<String> {
        let json = self.json();
        let files = json["files"].as_array().expect("files");
        assert_eq!(files.len(), 1, "{}", self.stdout);
        files[0]["findings"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| f["rule"].as_str().unwrap().to_string())
            .collect()
    }

    fn message_of(&self, rule: &str) -> String {
        let json = self.json();
        json["files"][0]["findings"]
            .as_array()
            .unwrap()
            .iter()
            .find(|f| f["rule"] == rule)
            .and_then(|f| f["message"].as_str())
            .unwrap_or_else(|| panic!("no {rule} finding in {}", self.stdout))
            .to_string()
    }
}

/// The child's peak resident memory so far (VmHWM), in KB. The rusage of
/// wait4 cannot serve: Linux carries the spawning process's own peak over
/// into the child's, and this test process holds 100 MB inputs.
fn peak_kb(pid: libc::pid_t) -> Option<i64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

/// Run gencheck in `dir` with `args` (and `stdin`), sampling its peak
/// memory until it exits; kill it past [`HANG_LIMIT`].
// The child is reaped with waitpid, after its memory has been sampled.
#[allow(clippy::zombie_processes)]
fn run(dir: &Path, args: &[&str], stdin: Option<Vec<u8>>) -> Run {
    let mut child = Command::new(bin())
        .args(args)
        .current_dir(dir)
        .env("GIT_CEILING_DIRECTORIES", dir.parent().unwrap_or(dir))
        .stdin(if stdin.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn gencheck");
    let pid = child.id() as libc::pid_t;
    let feeder = stdin.map(|bytes| {
        let mut pipe = child.stdin.take().unwrap();
        std::thread::spawn(move || {
            let _ = pipe.write_all(&bytes);
        })
    });
    let mut out = child.stdout.take().unwrap();
    let mut err = child.stderr.take().unwrap();
    let out_reader = std::thread::spawn(move || {
        let mut s = String::new();
        std::io::Read::read_to_string(&mut out, &mut s).map(|_| s)
    });
    let err_reader = std::thread::spawn(move || {
        let mut s = String::new();
        std::io::Read::read_to_string(&mut err, &mut s).map(|_| s)
    });
    let killed = Arc::new(AtomicBool::new(false));
    let watchdog = {
        let killed = killed.clone();
        std::thread::spawn(move || {
            let start = Instant::now();
            let mut peak = 0;
            // Until the child exits: then VmHWM is gone from its status
            // (a zombie has no memory), and it is reaped only after this.
            while let Some(kb) = peak_kb(pid) {
                peak = peak.max(kb);
                if start.elapsed() > HANG_LIMIT {
                    killed.store(true, Ordering::SeqCst);
                    // SAFETY: the child is not reaped before this thread
                    // ends, so `pid` still names it.
                    unsafe { libc::kill(pid, libc::SIGKILL) };
                    break;
                }
                std::thread::sleep(Duration::from_millis(2));
            }
            peak
        })
    };
    // Wait for the exit without reaping, so that `pid` stays ours.
    // SAFETY: an all-zero siginfo is a valid value to be overwritten.
    let mut info: libc::siginfo_t = unsafe { std::mem::zeroed() };
    // SAFETY: `pid` is our child; WNOWAIT leaves it to be reaped below.
    let waited = unsafe {
        libc::waitid(
            libc::P_PID,
            pid as libc::id_t,
            &mut info,
            libc::WEXITED | libc::WNOWAIT,
        )
    };
    assert_eq!(waited, 0, "waitid failed");
    let peak = watchdog.join().unwrap();
    let mut status = 0;
    // SAFETY: `pid` is our child, reaped exactly once, here.
    let reaped = unsafe { libc::waitpid(pid, &mut status, 0) };
    assert_eq!(reaped, pid, "waitpid failed");
    if let Some(f) = feeder {
        f.join().unwrap();
    }
    let stdout = out_reader.join().unwrap().unwrap_or_default();
    let stderr = err_reader.join().unwrap().unwrap_or_default();
    assert!(
        !killed.load(Ordering::SeqCst),
        "gencheck {args:?} hung: killed after {HANG_LIMIT:?}"
    );
    assert!(
        libc::WIFEXITED(status),
        "gencheck {args:?} died (wait status {status}): {stderr}"
    );
    let run = Run {
        code: libc::WEXITSTATUS(status),
        stdout,
        stderr,
        peak_kb: peak,
    };
    assert!(
        run.peak_kb < MEMORY_BOUND_KB,
        "gencheck {args:?} peaked at {} MB, over the {} MB bound",
        run.peak_kb / 1024,
        MEMORY_BOUND_KB / 1024
    );
    eprintln!(
        "{args:?}: exit {}, peak {} MB",
        run.code,
        run.peak_kb / 1024
    );
    run
}

fn check_file(name: &str, bytes: &[u8], extra: &[&str]) -> Run {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join(name), bytes).unwrap();
    let mut args = vec!["check", "--format", "json", "--no-diff"];
    // These inputs are about size, not time: a debug build on a loaded CI
    // machine must not meet the default 10 s budget instead of the limit
    // under test (tests of the time limit pass their own).
    if !extra.contains(&"--max-check-ms") {
        args.extend_from_slice(&["--max-check-ms", "600000"]);
    }
    args.extend_from_slice(extra);
    args.push(name);
    run(dir.path(), &args, None)
}

fn nested(open: &str, inner: &str, close: &str, depth: usize) -> String {
    let mut s = String::with_capacity((open.len() + close.len()) * depth + inner.len());
    for _ in 0..depth {
        s.push_str(open);
    }
    s.push_str(inner);
    for _ in 0..depth {
        s.push_str(close);
    }
    s
}

#[test]
fn hundred_thousand_nested_brackets_in_python_break_cpythons_limit() {
    let src = format!("x = {}\n", nested("(", "1", ")", 100_000));
    let r = check_file("deep.py", src.as_bytes(), &[]);
    assert_eq!(r.code, 1, "{}", r.stdout);
    assert_eq!(r.rules(), ["syntax-error"]);
    assert!(r.message_of("syntax-error").contains("CPython allows 200"));
    // 200 levels are fine; 201 are not (as `python -c "import ast; ..."`).
    let ok = format!("x = {}\n", nested("[", "", "]", 200));
    assert_eq!(check_file("ok.py", ok.as_bytes(), &[]).code, 0);
    let over = format!("x = {}\n", nested("[", "", "]", 201));
    assert_eq!(check_file("over.py", over.as_bytes(), &[]).code, 1);
}

#[test]
fn python_indented_past_cpythons_limit_is_a_syntax_error() {
    let nest = |n: usize| {
        let mut s = String::new();
        for i in 0..n {
            s.push_str(&" ".repeat(i));
            s.push_str("if x:\n");
        }
        s.push_str(&" ".repeat(n));
        s.push_str("pass\n");
        s
    };
    assert_eq!(check_file("ok.py", nest(99).as_bytes(), &[]).code, 0);
    let r = check_file("deep.py", nest(100).as_bytes(), &[]);
    assert_eq!(r.code, 1, "{}", r.stdout);
    assert!(r
        .message_of("syntax-error")
        .contains("too many levels of indentation"));
}

#[test]
fn hundred_thousand_nested_brackets_in_sql() {
    let src = format!("SELECT {};\n", nested("(", "1", ")", 100_000));
    // SQLite's parser takes it, so generic SQL may be valid.
    let generic = check_file("deep.sql", src.as_bytes(), &[]);
    assert_eq!(generic.code, 0, "{}", generic.stdout);
    // PostgreSQL's parser gives up at 10,000 levels: the server would too.
    let pg = check_file("deep.sql", src.as_bytes(), &["--dialect", "postgres"]);
    assert_eq!(pg.code, 1, "{}", pg.stdout);
    assert!(pg.message_of("syntax-error").contains("nesting too deep"));
}

#[test]
fn deeply_nested_sql_subqueries() {
    let depth = 5_000;
    let src = format!(
        "SELECT * FROM {}t{};\n",
        "(SELECT * FROM ".repeat(depth),
        ") AS s".repeat(depth)
    );
    let generic = check_file("sub.sql", src.as_bytes(), &[]);
    assert_eq!(generic.code, 0, "{}", generic.stdout);
    let pg = check_file("sub.sql", src.as_bytes(), &["--dialect", "postgres"]);
    assert_eq!(pg.code, 1, "{}", pg.stdout);
    assert!(pg.message_of("syntax-error").contains("nesting too deep"));
    // 50 levels are ordinary.
    let fine = format!(
        "SELECT * FROM {}t{};\n",
        "(SELECT * FROM ".repeat(50),
        ") AS s".repeat(50)
    );
    assert_eq!(
        check_file("sub.sql", fine.as_bytes(), &["--dialect", "postgres"]).code,
        0
    );
}

/// 100 MB of valid Python: over the default 10 MB limit, so not read past
/// its start, and rejected as not checked, with the way to raise the limit.
#[test]
fn hundred_megabyte_file_is_not_read_and_not_accepted() {
    let line = "value = compute(1, 'text', [1, 2, 3])\n";
    let big = line.repeat(100_000_000 / line.len() + 1);
    let r = check_file("huge.py", big.as_bytes(), &[]);
    assert_eq!(r.code, 1, "{}", r.stdout);
    assert_eq!(r.rules(), ["limit-exceeded"]);
    let msg = r.message_of("limit-exceeded");
    assert!(msg.contains(&big.len().to_string()), "{msg}");
    assert!(msg.contains("--max-file-bytes") && msg.contains("[limits]"));
    // Well under the file's size: it was never held in memory.
    assert!(r.peak_kb < 60 * 1024, "peak {} MB", r.peak_kb / 1024);

    // The same through standard input.
    let dir = tempfile::tempdir().unwrap();
    let r = run(
        dir.path(),
        &[
            "check",
            "--format",
            "json",
            "-",
            "--stdin-filename",
            "huge.py",
        ],
        Some(big.into_bytes()),
    );
    assert_eq!(r.code, 1, "{}", r.stdout);
    assert_eq!(r.rules(), ["limit-exceeded"]);
    assert!(r.peak_kb < 60 * 1024, "peak {} MB", r.peak_kb / 1024);
}

#[test]
fn raising_the_size_limit_checks_the_file() {
    let src = "x = 1\n".repeat(1000);
    let small = check_file("a.py", src.as_bytes(), &["--max-file-bytes", "100"]);
    assert_eq!(small.code, 1);
    assert_eq!(small.rules(), ["limit-exceeded"]);
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.py"), &src).unwrap();
    std::fs::write(
        dir.path().join("gencheck.toml"),
        "[limits]\nmax-file-bytes = 100\n",
    )
    .unwrap();
    let configured = run(dir.path(), &["check", "--format", "json", "a.py"], None);
    assert_eq!(configured.code, 1);
    assert_eq!(configured.rules(), ["limit-exceeded"]);
    // The command line wins over the file.
    let raised = run(
        dir.path(),
        &[
            "check",
            "--format",
            "json",
            "--max-file-bytes",
            "100000",
            "a.py",
        ],
        None,
    );
    assert_eq!(raised.code, 0, "{}", raised.stdout);
}

/// A minified one-line file of 10 MB (just under the limit) is checked.
#[test]
fn ten_megabyte_single_line_is_checked() {
    let mut src = String::from("data = {");
    let mut i = 0;
    while src.len() < 9_990_000 {
        src.push_str(&format!("'k{i}': [{i}, {i}.5, None], "));
        i += 1;
    }
    src.push_str("}\n");
    let r = check_file("min.py", src.as_bytes(), &[]);
    assert_eq!(r.code, 0, "{}", r.stdout);
    // Cut at the end: the cut is found at the end of that one line.
    let cut = &src[..src.len() - 40];
    let r = check_file("cut.py", cut.as_bytes(), &[]);
    assert_eq!(r.code, 1);
    assert!(r.rules().contains(&"truncated".to_string()), "{}", r.stdout);
}

#[test]
fn time_limit_reports_the_file_and_how_to_raise_it() {
    let src = "x = [1, 2, 3]\n".repeat(300_000);
    let r = check_file("slow.py", src.as_bytes(), &["--max-check-ms", "1"]);
    assert_eq!(r.code, 1, "{}", r.stdout);
    assert_eq!(r.rules(), ["limit-exceeded"]);
    let msg = r.message_of("limit-exceeded");
    assert!(
        msg.contains("max-check-ms") && msg.contains("--max-check-ms"),
        "{msg}"
    );

    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("slow.py"), &src).unwrap();
    std::fs::write(
        dir.path().join("gencheck.toml"),
        "[limits]\nmax-check-ms = 1\n",
    )
    .unwrap();
    let configured = run(dir.path(), &["check", "--format", "json", "slow.py"], None);
    assert_eq!(configured.code, 1);
    assert_eq!(configured.rules(), ["limit-exceeded"]);
    // Accepting unchecked files is a choice the configuration can make.
    std::fs::write(
        dir.path().join("gencheck.toml"),
        "[limits]\nmax-check-ms = 1\n[rules]\nlimit-exceeded = \"warning\"\n",
    )
    .unwrap();
    let lenient = run(dir.path(), &["check", "--format", "json", "slow.py"], None);
    assert_eq!(lenient.code, 0, "{}", lenient.stdout);
    assert_eq!(lenient.rules(), ["limit-exceeded"]);
    // Past the limit the run goes on: other files are still checked.
    std::fs::write(dir.path().join("broken.py"), "x = = 1\n").unwrap();
    let both = run(
        dir.path(),
        &[
            "check",
            "--format",
            "json",
            "--max-check-ms",
            "60000",
            "slow.py",
            "broken.py",
        ],
        None,
    );
    assert_eq!(both.code, 1);
    assert!(both.stdout.contains("syntax-error"), "{}", both.stdout);
}

#[test]
fn a_million_tiny_statements() {
    let sql = "SELECT 1;\n".repeat(1_000_000);
    for dialect in ["generic", "postgres", "mysql", "sqlite"] {
        let r = check_file("many.sql", sql.as_bytes(), &["--dialect", dialect]);
        assert_eq!(r.code, 0, "{dialect}: {}", r.stdout);
    }
    // One broken statement in the middle is found, at its line.
    let mut broken = sql.clone();
    let at = 500_000 * "SELECT 1;\n".len();
    broken.replace_range(at..at + 9, "SELEC  1;");
    // (A broken file is parsed again after its rules run; a debug build on
    // a loaded 2-core CI machine can pass the default 10 s budget, and the
    // test is about the line, not the time.)
    let r = check_file(
        "many.sql",
        broken.as_bytes(),
        &["--dialect", "postgres", "--max-check-ms", "120000"],
    );
    assert_eq!(r.code, 1);
    let json = r.json();
    assert_eq!(
        json["files"][0]["findings"][0]["span"]["start"]["line"],
        500_001
    );

    let py = "x=1\n".repeat(1_000_000);
    assert_eq!(check_file("many.py", py.as_bytes(), &[]).code, 0);
}

#[test]
fn giant_insert_of_a_hundred_thousand_rows() {
    let rows: Vec<String> = (0..100_000)
        .map(|i| format!("({i}, 'name {i}', {i}.5, NULL)"))
        .collect();
    let sql = format!(
        "INSERT INTO t (id, name, score, note) VALUES\n{};\n",
        rows.join(",\n")
    );
    for dialect in ["generic", "postgres", "mysql", "sqlite"] {
        let r = check_file("insert.sql", sql.as_bytes(), &["--dialect", dialect]);
        assert_eq!(r.code, 0, "{dialect}: {}", r.stdout);
    }
    // Cut off mid-row: truncated. (Cut after a whole row, it would be a
    // shorter INSERT, and valid.)
    let mid = sql.len() / 2;
    let cut = &sql[..mid + sql[mid..].find("'name").unwrap() + 3];
    let r = check_file("insert.sql", cut.as_bytes(), &[]);
    assert_eq!(r.code, 1);
    assert!(r.rules().contains(&"truncated".to_string()), "{}", r.stdout);
}

#[test]
fn only_nul_bytes() {
    for name in ["zeros.py", "zeros.sql"] {
        let r = check_file(name, &[0u8; 1_000_000], &[]);
        assert_eq!(r.code, 1);
        assert_eq!(r.rules(), ["not-text"]);
    }
}

#[test]
fn utf16_with_a_byte_order_mark() {
    let utf16 = |s: &str| -> Vec<u8> {
        let mut b = vec![0xFF, 0xFE];
        for u in s.encode_utf16() {
            b.extend_from_slice(&u.to_le_bytes());
        }
        b
    };
    // SQL Server Management Studio saves UTF-16: read it.
    let sql = check_file("q.sql", &utf16("SELECT id FROM users WHERE id = 1;\n"), &[]);
    assert_eq!(sql.code, 0, "{}", sql.stdout);
    let broken = check_file(
        "q.sql",
        &utf16("SELECT id FROM users WHERE (id = 1;\n"),
        &[],
    );
    assert_eq!(broken.code, 1);
    // Python must be UTF-8 (or declare an 8-bit encoding).
    let py = check_file("a.py", &utf16("def f():\n    return 1\n"), &[]);
    assert_eq!(py.code, 1);
    assert_eq!(py.rules(), ["not-text"]);
    assert!(py.message_of("not-text").contains("UTF-16LE"));
}

#[test]
fn mixed_line_endings_and_lone_carriage_returns() {
    let mixed = b"def f():\r\n    x = 1\n    return x\r\n\r\nclass C:\n    pass\r\n";
    assert_eq!(check_file("mixed.py", mixed, &[]).code, 0);
    let lone_cr = b"def f():\r    x = 1\r    return x\r";
    assert_eq!(check_file("cr.py", lone_cr, &[]).code, 0);
    let sql = b"SELECT 1;\r\nSELECT 2;\rSELECT 3;\n";
    assert_eq!(check_file("cr.sql", sql, &[]).code, 0);
    // An error after lone CRs is reported on its own line (CR ends a line).
    let r = check_file("cr.py", b"x = 1\ry = 2\rdef f(:\r    pass\r", &[]);
    assert_eq!(r.code, 1);
    assert_eq!(
        r.json()["files"][0]["findings"][0]["span"]["start"]["line"],
        3
    );
}

#[test]
fn invalid_utf8_in_the_middle_of_valid_code() {
    let src = b"def f():\n    return 1\n# \xff\xfe broken\ndef g():\n    return 2\n";
    let r = check_file("mid.py", src, &[]);
    assert_eq!(r.code, 1);
    assert_eq!(r.rules(), ["not-text"]);
    let json = r.json();
    let start = &json["files"][0]["findings"][0]["span"]["start"];
    assert_eq!(start["line"], 3);
    assert_eq!(start["offset"], 24);
}

#[test]
fn python_declaring_an_encoding_it_does_not_use() {
    // Declares Latin-1, is UTF-8: Python would read `é` as `Ã©`.
    let src = "# -*- coding: latin-1 -*-\ns = 'caf\u{e9}'\n";
    let r = check_file("enc.py", src.as_bytes(), &[]);
    assert_eq!(r.code, 0, "a warning, not a rejection: {}", r.stdout);
    assert_eq!(r.rules(), ["encoding-mismatch"]);
    assert!(r.message_of("encoding-mismatch").contains("\u{c3}\u{a9}"));
    // Declares UTF-8, is Latin-1: not valid UTF-8, which Python rejects.
    let r = check_file("enc.py", b"# coding: utf-8\ns = 'caf\xe9'\n", &[]);
    assert_eq!(r.code, 1);
    assert_eq!(r.rules(), ["not-text"]);
    // Declares ASCII, has Latin-1: rejected by Python too.
    let r = check_file("enc.py", b"# coding: ascii\ns = 'caf\xe9'\n", &[]);
    assert_eq!(r.code, 1);
    assert_eq!(r.rules(), ["not-text"]);
}

#[test]
fn very_long_identifiers() {
    let name = "x".repeat(3_000_000);
    let py = format!("{name} = 1\nprint({name})\n");
    assert_eq!(check_file("long.py", py.as_bytes(), &[]).code, 0);
    let sql = format!("SELECT {name} FROM t;\n");
    for dialect in ["generic", "postgres", "sqlite"] {
        let r = check_file("long.sql", sql.as_bytes(), &["--dialect", dialect]);
        assert_eq!(r.code, 0, "{dialect}: {}", r.stdout);
    }
    // A long identifier cut off by the end of the file: the span of the
    // finding stays inside the file.
    let cut = format!("def {name}(a,");
    let r = check_file("cut.py", cut.as_bytes(), &[]);
    assert_eq!(r.code, 1);
    let json = r.json();
    for f in json["files"][0]["findings"].as_array().unwrap() {
        assert!(f["span"]["end"]["offset"].as_u64().unwrap() <= cut.len() as u64);
    }
}

/// `staged` reads blobs with the same cap: a 100 MB staged file costs no
/// memory and is not accepted.
#[test]
fn hundred_megabyte_staged_blob_is_not_read() {
    let sb = Sandbox::new();
    sb.git(&sb.top, &["init", "-q"]);
    let line = "value = compute(1, 'text', [1, 2, 3])\n";
    sb.write("huge.py", line.repeat(100_000_000 / line.len() + 1));
    sb.write("ok.py", "x = 1\n");
    sb.git(&sb.top, &["add", "huge.py", "ok.py"]);
    let r = run(&sb.top, &["staged", "--format", "json"], None);
    assert_eq!(r.code, 1, "{}", r.stdout);
    let json = r.json();
    let files = json["files"].as_array().unwrap();
    assert_eq!(files.len(), 2);
    assert_eq!(files[0]["path"], "huge.py");
    assert_eq!(files[0]["findings"][0]["rule"], "limit-exceeded");
    assert_eq!(files[1]["accepted"], true);
    assert!(r.peak_kb < 60 * 1024, "peak {} MB", r.peak_kb / 1024);
}

/// Inputs the fuzzer found (tests/data/fuzz/, named after the target and
/// what they exposed) through the real binary under each language and the
/// previous-version path: a verdict, never a crash.
///
/// `check_any-leak-tree-sitter-sql-dollar-scanner`: LeakSanitizer found
/// tree-sitter-sequel's external scanner leaking its dollar-quote tag when
/// the definitions query parses broken SQL (the grammar's C code
/// overwrites the tag in `deserialize` without freeing it). Bytes, not a
/// crash; kept so the path stays exercised.
#[test]
fn fuzz_findings_are_checked_without_crashing() {
    let dir = manifest_dir().join("tests/data/fuzz");
    let mut seen = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let bytes = std::fs::read(entry.unwrap().path()).unwrap();
        // check_any's first byte picks the file name; the rest is the file.
        let body = &bytes[1..];
        for name in ["a.py", "q.sql", "q.pgsql", "q.mysql"] {
            let work = tempfile::tempdir().unwrap();
            std::fs::write(work.path().join(name), body).unwrap();
            std::fs::write(
                work.path().join("prev"),
                body.iter().rev().copied().collect::<Vec<u8>>(),
            )
            .unwrap();
            let r = run(
                work.path(),
                &["check", "--format", "json", "--previous", "prev", name],
                None,
            );
            assert!(
                r.code == 0 || r.code == 1,
                "{name}: exit {}: {}",
                r.code,
                r.stderr
            );
            r.json();
        }
        seen += 1;
    }
    assert!(seen >= 1);
}

/// A stream that never ends (`/dev/zero`, `yes |`) is read no further than
/// the size limit: a verdict, not a hang.
#[test]
fn endless_streams_are_cut_at_the_size_limit() {
    let dir = tempfile::tempdir().unwrap();
    let r = run(
        dir.path(),
        &["check", "--format", "json", "--lang", "python", "/dev/zero"],
        None,
    );
    assert_eq!(r.code, 1, "{}", r.stdout);
    assert_eq!(r.rules(), ["limit-exceeded"]);
    assert!(r
        .message_of("limit-exceeded")
        .contains("more than 10000000 bytes"));
    // Standard input over the limit, from a writer that would go on.
    let r = run(
        dir.path(),
        &["check", "--format", "json", "-", "--stdin-filename", "y.py"],
        Some("x = 1\n".repeat(3_000_000).into_bytes()),
    );
    assert_eq!(r.code, 1, "{}", r.stdout);
    assert_eq!(r.rules(), ["limit-exceeded"]);
}

/// Many files past a tiny time limit: every one is reported (none lost when
/// its checker is abandoned and replaced), none accepted unchecked, and a
/// file whose check was cut short is never taken for a whole one.
#[test]
fn time_limit_over_many_files_loses_none_and_accepts_none_unchecked() {
    let dir = tempfile::tempdir().unwrap();
    let mut names = Vec::new();
    for i in 0..24 {
        let name = format!("f{i:02}.sql");
        // Slow for the generic engines (every statement fails the fast
        // path), with an error at the very end.
        let mut sql: String = (0..3000)
            .map(|k| format!("SELECT TOP 1 a{k} FROM t WITH (NOLOCK);\n"))
            .collect();
        sql.push_str("SELECT a FROM FROM t;\n");
        std::fs::write(dir.path().join(&name), sql).unwrap();
        names.push(name);
    }
    for ms in ["1", "15", "60"] {
        let mut args = vec![
            "check",
            "--format",
            "json",
            "--dialect",
            "mysql",
            "--max-check-ms",
            ms,
        ];
        args.extend(names.iter().map(String::as_str));
        let r = run(dir.path(), &args, None);
        assert_eq!(r.code, 1, "{}", r.stderr);
        let json = r.json();
        let files = json["files"].as_array().unwrap();
        assert_eq!(files.len(), names.len(), "--max-check-ms {ms}: files lost");
        for f in files {
            assert_eq!(f["accepted"], false, "--max-check-ms {ms}: {f}");
        }
    }
}
