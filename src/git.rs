//! Every git call gencheck makes, through the git command line.
//!
//! The environment passes through untouched, so `GIT_DIR`, `GIT_WORK_TREE`
//! and `GIT_INDEX_FILE` are honoured: hooks of `git commit -a` and `git
//! commit <paths>` run against a temporary index, and that is the index read
//! here. Blobs are read through one `git cat-file --batch` process per run,
//! never one process per file. Nothing here writes to the repository, the
//! index or the work tree.

use std::collections::HashSet;
use std::io::{BufRead, BufReader, Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// The empty tree, to diff against before the first commit.
const EMPTY_TREE: &str = "4b825dc642cb6eb9a060e54bf8d69288fbee4904";

#[derive(Debug, thiserror::Error)]
pub enum GitError {
    #[error("git is not installed or cannot be run: {0}")]
    Spawn(#[source] std::io::Error),
    /// `dir` is the directory git was run in; `detail` what git said, e.g.
    /// "not a git repository (or any of the parent directories): .git".
    #[error("{dir}: {detail}")]
    NotARepository { dir: String, detail: String },
    #[error("`git {command}` failed: {message}")]
    Failed { command: String, message: String },
    #[error("{0}")]
    Revision(String),
    #[error("git cat-file: {0}")]
    CatFile(String),
}

fn git(args: &[&str]) -> Result<Vec<u8>, GitError> {
    let out = Command::new("git")
        .args(args)
        .stdin(Stdio::null())
        .output()
        .map_err(GitError::Spawn)?;
    if out.status.success() {
        Ok(out.stdout)
    } else {
        let message = one_line(&String::from_utf8_lossy(&out.stderr));
        if message.contains("not a git repository") {
            let dir = std::env::current_dir()
                .map(|d| d.display().to_string())
                .unwrap_or_else(|_| ".".to_string());
            // git says "fatal: not a git repository (or any of the parent
            // directories): .git", or "...: '<GIT_DIR>'" when GIT_DIR is set.
            let detail = message
                .find("not a git repository")
                .map_or(message.as_str(), |at| &message[at..])
                .to_string();
            return Err(GitError::NotARepository { dir, detail });
        }
        Err(GitError::Failed {
            command: args.join(" "),
            message,
        })
    }
}

/// git's stderr as one line: a run failure is reported on one line.
fn one_line(stderr: &str) -> String {
    stderr
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join("; ")
}

fn git_line(args: &[&str]) -> Result<String, GitError> {
    Ok(String::from_utf8_lossy(&git(args)?).trim().to_string())
}

/// The top of the work tree (fails outside a work tree).
pub fn top_level() -> Result<PathBuf, GitError> {
    git_line(&["rev-parse", "--show-toplevel"]).map(PathBuf::from)
}

/// The directory hooks are read from: honours `core.hooksPath` and linked
/// worktrees (whose hooks live in the common git directory).
pub fn hooks_dir() -> Result<PathBuf, GitError> {
    let path = PathBuf::from(git_line(&["rev-parse", "--git-path", "hooks"])?);
    if path.is_absolute() {
        Ok(path)
    } else {
        // Relative to the current directory, as `rev-parse` prints it.
        Ok(std::env::current_dir().map_err(GitError::Spawn)?.join(path))
    }
}

/// Resolve a revision to a commit id, with a message that says what to do
/// when it is missing (a shallow clone without it).
pub fn resolve_commit(rev: &str) -> Result<String, GitError> {
    // Outside a repository, say so rather than "revision not found".
    git(&["rev-parse", "--git-dir"])?;
    let spec = format!("{rev}^{{commit}}");
    git_line(&["rev-parse", "--verify", "--quiet", &spec]).map_err(|_| {
        let shallow = git_line(&["rev-parse", "--is-shallow-repository"]).is_ok_and(|s| s == "true");
        let hint = if shallow {
            format!(
                "this is a shallow clone: fetch it first, e.g. `git fetch --depth=50 origin {rev}` (or `git fetch --unshallow`)"
            )
        } else {
            format!("fetch it first, e.g. `git fetch origin {rev}`")
        };
        GitError::Revision(format!("revision `{rev}` is not in this repository; {hint}"))
    })
}

pub fn merge_base(a: &str, b: &str) -> Result<String, GitError> {
    git_line(&["merge-base", a, b]).map_err(|_| {
        let shallow = git_line(&["rev-parse", "--is-shallow-repository"]).is_ok_and(|s| s == "true");
        let hint = if shallow {
            "the clone is shallow and its history does not reach the merge base: fetch more history, e.g. `git fetch --deepen=200` or `git fetch --unshallow`"
        } else {
            "the two revisions have no common history"
        };
        GitError::Revision(format!("no merge base between `{a}` and `{b}`: {hint}"))
    })
}

/// Paths (relative to the top of the work tree) whose work-tree content
/// may differ from HEAD, and all tracked paths: with them, `check` reads HEAD
/// versions only of the files that changed.
///
/// `diff-index` is plumbing: it never refreshes the index. (`git diff`
/// rewrites `.git/index` when a file's stat data is stale, and takes
/// `index.lock` while doing so, which makes a concurrent `git add` fail.) A
/// file whose stat data is stale is listed as changed although its content
/// may not be: its HEAD version is read, which costs a little and is right.
pub fn work_tree_state() -> Result<(HashSet<String>, HashSet<String>), GitError> {
    let split = |out: Vec<u8>| -> HashSet<String> {
        out.split(|b| *b == 0)
            .filter(|p| !p.is_empty())
            .map(|p| String::from_utf8_lossy(p).into_owned())
            .collect()
    };
    let changed = split(git(&[
        "diff-index",
        "--name-only",
        "-z",
        "--no-renames",
        "HEAD",
        "--",
    ])?);
    // `:/`: the whole work tree, also when run from a subdirectory.
    let tracked = split(git(&["ls-files", "-z", "--full-name", "--", ":/"])?);
    Ok((changed, tracked))
}

/// Whether git could find a repository from the current directory, decided
/// without running git: a `.git` in the directory or one above it, or
/// `GIT_DIR` set. `false` is certain (git looks for nothing else); `true`
/// must still be confirmed by git. Outside a repository this saves the one
/// process `check` would otherwise spawn to learn it.
pub fn may_be_in_repository() -> bool {
    if std::env::var_os("GIT_DIR").is_some() {
        return true;
    }
    let Some(cwd) = crate::source::working_dir() else {
        return true;
    };
    cwd.ancestors()
        .any(|dir| std::fs::symlink_metadata(dir.join(".git")).is_ok())
}

/// The top of the work tree, when the current directory is in one whose
/// HEAD is a commit (one `git rev-parse` for both); `None` outside a work
/// tree, in a bare repository, or before the first commit.
pub fn work_tree_with_head() -> Option<PathBuf> {
    let out = git(&[
        "rev-parse",
        "--show-toplevel",
        "--verify",
        "--quiet",
        "HEAD^{commit}",
    ])
    .ok()?;
    let text = String::from_utf8_lossy(&out);
    let mut lines = text.lines();
    let top = lines.next().filter(|l| !l.is_empty())?;
    lines.next().filter(|l| !l.is_empty())?;
    Some(PathBuf::from(top))
}

/// Whether HEAD exists (false before the first commit).
pub fn has_head() -> bool {
    git_line(&["rev-parse", "--verify", "--quiet", "HEAD^{commit}"]).is_ok()
}

/// A changed file between two trees (or a tree and the index).
#[derive(Debug, Clone)]
pub struct Change {
    /// `A`dded, `M`odified, `R`enamed, `C`opied, `T`ype changed.
    pub status: char,
    /// Path in the new version, relative to the top of the work tree.
    pub path: String,
    /// Path in the old version (differs for renames and copies).
    pub old_path: Option<String>,
    /// Blob of the new version.
    pub new_blob: String,
    /// Blob of the old version; `None` for an added file.
    pub old_blob: Option<String>,
}

const NULL_SHA: &str = "0000000000000000000000000000000000000000";

/// Parse `git diff-index`/`diff-tree -z --raw` output.
fn parse_raw(out: &[u8]) -> Vec<Change> {
    let mut fields = out.split(|b| *b == 0).filter(|f| !f.is_empty());
    let mut changes = Vec::new();
    while let Some(meta) = fields.next() {
        let meta = String::from_utf8_lossy(meta);
        let meta = meta.trim_start_matches(':');
        let parts: Vec<&str> = meta.split(' ').collect();
        if parts.len() < 5 {
            break;
        }
        let (new_mode, old_sha, new_sha, status) = (parts[1], parts[2], parts[3], parts[4]);
        let status = status.chars().next().unwrap_or('M');
        let first = fields
            .next()
            .map(|f| String::from_utf8_lossy(f).into_owned());
        let (old_path, path) = if matches!(status, 'R' | 'C') {
            let second = fields
                .next()
                .map(|f| String::from_utf8_lossy(f).into_owned());
            (first, second)
        } else {
            (None, first)
        };
        let Some(path) = path else { break };
        // Regular files only: symlinks (120000) and submodules (160000) are
        // not source text.
        if !new_mode.starts_with("100") {
            continue;
        }
        changes.push(Change {
            status,
            path,
            old_path,
            new_blob: new_sha.to_string(),
            old_blob: (old_sha != NULL_SHA && status != 'A').then(|| old_sha.to_string()),
        });
    }
    changes
}

/// What the next commit will change: the index against HEAD (or against the
/// empty tree before the first commit). Added, modified, renamed, copied and
/// type-changed files; deletions are left out.
pub fn staged_changes() -> Result<Vec<Change>, GitError> {
    let base = if has_head() { "HEAD" } else { EMPTY_TREE };
    raw_diff(&["diff-index", "--cached", base])
}

/// Files added or modified between two commits.
pub fn changes_between(base: &str, head: &str) -> Result<Vec<Change>, GitError> {
    raw_diff(&["diff-tree", "-r", base, head])
}

/// `git <command> <args>` in raw, NUL-separated form with rename detection,
/// full blob ids, and added/copied/modified/renamed/type-changed files only.
/// The revisions must come last: `command` is `[subcommand, options..., revs...]`.
fn raw_diff(command: &[&str]) -> Result<Vec<Change>, GitError> {
    let (sub, rest) = command.split_first().expect("a git subcommand");
    let mut args = vec![
        *sub,
        "-z",
        "--raw",
        "-M",
        "--no-abbrev",
        "--diff-filter=ACMRT",
    ];
    args.extend_from_slice(rest);
    Ok(parse_raw(&git(&args)?))
}

/// One `git cat-file --batch` process that answers many object requests.
pub struct BlobReader {
    /// `None` once dropped.
    child: Option<std::process::Child>,
    stdin: std::process::ChildStdin,
    stdout: BufReader<std::process::ChildStdout>,
}

impl BlobReader {
    pub fn new() -> Result<Self, GitError> {
        let mut child = Command::new("git")
            .args(["cat-file", "--batch"])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .map_err(GitError::Spawn)?;
        let stdin = child.stdin.take().expect("piped stdin");
        let stdout = BufReader::new(child.stdout.take().expect("piped stdout"));
        Ok(BlobReader {
            child: Some(child),
            stdin,
            stdout,
        })
    }

    /// The object named by `spec` (a blob id, or `REV:path`); `None` when it
    /// does not exist.
    pub fn read(&mut self, spec: &str) -> Result<Option<Vec<u8>>, GitError> {
        Ok(self.read_capped(spec, u64::MAX)?.map(|(bytes, _)| bytes))
    }

    /// [`BlobReader::read`], but a blob over `max_bytes` is not kept: only
    /// its first [`crate::source::HEAD_BYTES`] and its size.
    pub fn read_capped(&mut self, spec: &str, max_bytes: u64) -> Result<Option<Capped>, GitError> {
        if spec.contains('\n') {
            return Ok(None);
        }
        let io = |e: std::io::Error| GitError::CatFile(e.to_string());
        writeln!(self.stdin, "{spec}").map_err(io)?;
        self.stdin.flush().map_err(io)?;
        let mut header = String::new();
        self.stdout.read_line(&mut header).map_err(io)?;
        let header = header.trim_end();
        if header.ends_with(" missing") || header.ends_with(" ambiguous") || header.is_empty() {
            return Ok(None);
        }
        let mut parts = header.split(' ');
        let _sha = parts.next();
        let kind = parts.next().unwrap_or("");
        let size: u64 = parts
            .next()
            .and_then(|s| s.parse().ok())
            .ok_or_else(|| GitError::CatFile(format!("unexpected reply `{header}`")))?;
        let (data, oversized) = if size > max_bytes {
            let keep = size.min(crate::source::HEAD_BYTES as u64);
            let mut head = vec![0u8; keep as usize];
            self.stdout.read_exact(&mut head).map_err(io)?;
            let skipped = std::io::copy(
                &mut (&mut self.stdout).take(size - keep),
                &mut std::io::sink(),
            )
            .map_err(io)?;
            if skipped != size - keep {
                return Err(GitError::CatFile(format!("short read of {spec}")));
            }
            (head, Some(crate::source::Oversized { size: Some(size) }))
        } else {
            let mut data = vec![0u8; size as usize];
            self.stdout.read_exact(&mut data).map_err(io)?;
            (data, None)
        };
        let mut newline = [0u8; 1];
        self.stdout.read_exact(&mut newline).map_err(io)?;
        Ok((kind == "blob").then_some((data, oversized)))
    }
}

/// The content of the regular file at `path` when it is the blob `id` (its
/// git object id, SHA-1 or SHA-256, computed over the bytes read: a file
/// that changes while it is read is not taken), and at most `max_bytes`
/// long; `None` otherwise (the caller then reads the blob from git).
pub fn read_if_blob(path: &Path, id: &str, max_bytes: u64) -> Option<Vec<u8>> {
    let meta = std::fs::symlink_metadata(path).ok()?;
    if !meta.is_file() || meta.len() > max_bytes {
        return None;
    }
    let bytes = std::fs::read(path).ok()?;
    (blob_id(&bytes, id.len())? == id.to_ascii_lowercase()).then_some(bytes)
}

/// The git object id, in lowercase hex, of a blob holding `bytes`: SHA-1
/// for a 40-digit id, SHA-256 for a 64-digit one (a repository's object
/// format); `None` for another length.
pub fn blob_id(bytes: &[u8], hex_len: usize) -> Option<String> {
    fn id<D: sha1::Digest>(bytes: &[u8]) -> String {
        let mut h = D::new();
        h.update(format!("blob {}\0", bytes.len()).as_bytes());
        h.update(bytes);
        h.finalize().iter().map(|b| format!("{b:02x}")).collect()
    }
    match hex_len {
        40 => Some(id::<sha1::Sha1>(bytes)),
        64 => Some(id::<sha2::Sha256>(bytes)),
        _ => None,
    }
}

/// A blob's bytes, and its size when it was over the cap and only its start
/// was kept.
pub type Capped = (Vec<u8>, Option<crate::source::Oversized>);

impl Drop for BlobReader {
    /// The process is killed and reaped on a thread of its own: waiting for
    /// it to exit would add to the run's time (a fraction of a millisecond,
    /// a tenth of checking one file in a hook).
    fn drop(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            if !matches!(child.try_wait(), Ok(Some(_))) {
                // Without a thread, the process is reaped when gencheck exits.
                let _ = std::thread::Builder::new()
                    .name("gencheck-git-reaper".into())
                    .spawn(move || child.wait().map(|_| ()));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What `git hash-object` says, in a repository of `format` objects.
    fn git_hash(bytes: &[u8], format: &str) -> String {
        let dir = tempfile::tempdir().unwrap();
        let init = Command::new("git")
            .args(["init", "-q", &format!("--object-format={format}")])
            .current_dir(dir.path())
            .output()
            .unwrap();
        assert!(init.status.success());
        let mut child = Command::new("git")
            .args(["hash-object", "--stdin"])
            .current_dir(dir.path())
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .unwrap();
        child.stdin.take().unwrap().write_all(bytes).unwrap();
        let out = child.wait_with_output().unwrap();
        String::from_utf8(out.stdout).unwrap().trim().to_string()
    }

    #[test]
    fn blob_ids_are_gits() {
        for bytes in [&b""[..], b"x = 1\n", b"caf\xc3\xa9\r\n\0\xff"] {
            assert_eq!(blob_id(bytes, 40).unwrap(), git_hash(bytes, "sha1"));
            assert_eq!(blob_id(bytes, 64).unwrap(), git_hash(bytes, "sha256"));
        }
        assert_eq!(blob_id(b"x", 12), None);
    }
}
