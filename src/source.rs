//! Where the bytes come from: files on disk (a directory means every file of
//! a known language below it, honouring .gitignore) and standard input.

use std::io::Read;
use std::path::{Path, PathBuf};

use crate::check::{resolve_language, Input};
use crate::error::RunError;
use crate::language::language_for_path;

/// A file over `max-file-bytes`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Oversized {
    /// Its size, when known (a regular file, a blob); a stream (standard
    /// input, a pipe, a device) is not read to its end, which may never come.
    pub size: Option<u64>,
}

/// What is read of a file over `max-file-bytes`: enough for a `#!` line.
pub const HEAD_BYTES: usize = 256;

/// The working directory, read once: gencheck never changes it, and a
/// `getcwd` per file (relative paths, display paths) adds up over a tree.
pub fn working_dir() -> Option<&'static Path> {
    static CWD: std::sync::OnceLock<Option<PathBuf>> = std::sync::OnceLock::new();
    CWD.get_or_init(|| std::env::current_dir().ok()).as_deref()
}

/// The run's [`Resolver`] (the working directory is the run's too).
pub fn resolver() -> &'static Resolver {
    static RESOLVER: std::sync::OnceLock<Resolver> = std::sync::OnceLock::new();
    RESOLVER.get_or_init(Resolver::default)
}

/// Paths with their symbolic links resolved, as `realpath` would, but
/// each path asked of the file system once per run: `realpath` reads
/// every component of every path (a thousand files in one tree cost a
/// thousand walks up to `/`).
#[derive(Debug, Default)]
pub struct Resolver {
    /// Paths as asked for, and their resolved paths.
    paths: std::sync::Mutex<std::collections::HashMap<PathBuf, Option<PathBuf>>>,
}

impl Resolver {
    /// `path` (relative to the working directory, or absolute) with its
    /// symbolic links resolved. A path that does not exist (yet: a file a
    /// reply will write) is its nearest existing directory's, resolved,
    /// joined with the rest. Cached: each path is asked of the file system
    /// once (one `lstat` when its parent is known).
    pub fn canonical(&self, path: &Path) -> Option<PathBuf> {
        self.resolve(&absolute(path)?)
    }

    fn resolve(&self, path: &Path) -> Option<PathBuf> {
        if let Some(hit) = self.paths.lock().ok().and_then(|m| m.get(path).cloned()) {
            return hit;
        }
        let resolved = match (path.parent(), path.file_name()) {
            (Some(parent), Some(name)) => match std::fs::symlink_metadata(path) {
                Ok(m) if m.file_type().is_symlink() => path.canonicalize().ok(),
                _ => self.resolve(parent).map(|p| p.join(name)),
            },
            // `/`, or a path ending in `..`.
            _ => path.canonicalize().ok(),
        };
        if let Ok(mut m) = self.paths.lock() {
            m.insert(path.to_path_buf(), resolved.clone());
        }
        resolved
    }

    /// `path` relative to `root` (canonical), `/`-separated, when it is
    /// inside it: as given when it is, else with its links resolved.
    pub fn relative(&self, path: &Path, root: &Path) -> Option<String> {
        let abs = absolute(path)?;
        match abs.strip_prefix(root) {
            Ok(rel) => Some(slashed(rel)),
            Err(_) => Some(slashed(self.canonical(&abs)?.strip_prefix(root).ok()?)),
        }
    }

    /// `path` relative to `root` (canonical), `/`-separated, when its
    /// resolved path is inside it (or, when it cannot be resolved, the
    /// path as given is).
    pub fn relative_resolved(&self, path: &Path, root: &Path) -> Option<String> {
        let abs = absolute(path)?;
        let abs = self.canonical(&abs).unwrap_or(abs);
        Some(slashed(abs.strip_prefix(root).ok()?))
    }
}

/// `path` against the working directory.
fn absolute(path: &Path) -> Option<PathBuf> {
    if path.is_absolute() {
        Some(path.to_path_buf())
    } else {
        Some(working_dir()?.join(path))
    }
}

/// A relative path's components joined by `/`.
fn slashed(rel: &Path) -> String {
    rel.components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}

/// One path to check, before reading.
#[derive(Debug, Clone)]
pub struct Target {
    pub fs_path: PathBuf,
    pub display: String,
}

/// Expand the command-line paths into files. Files named explicitly are
/// always checked; files found in directories only when their language is
/// known (by name, extension or `#!` line).
pub fn collect_targets(
    paths: &[PathBuf],
    config: &crate::config::Config,
) -> Result<Vec<Target>, RunError> {
    let cwd = working_dir();
    let mut out = Vec::new();
    for path in paths {
        let meta = std::fs::metadata(path)
            .map_err(|e| cannot_open(path, &path.display().to_string(), e))?;
        if meta.is_dir() {
            walk(path, cwd, config, &mut out)?;
        } else {
            out.push(Target {
                display: display_path(path, cwd),
                fs_path: path.clone(),
            });
        }
    }
    out.retain(|t| !config.is_excluded(&t.fs_path));
    out.sort_by(|a, b| a.display.cmp(&b.display));
    out.dedup_by(|a, b| a.display == b.display);
    Ok(out)
}

fn walk(
    root: &Path,
    cwd: Option<&Path>,
    config: &crate::config::Config,
    out: &mut Vec<Target>,
) -> Result<(), RunError> {
    let walker = ignore::WalkBuilder::new(root)
        .hidden(false)
        .require_git(false)
        .filter_entry(|e| e.file_name() != ".git")
        .build();
    for entry in walker {
        let entry = entry.map_err(|e| walk_error(root, cwd, &e))?;
        let Some(kind) = entry.file_type() else {
            continue;
        };
        let path = entry.path();
        let by_name = config
            .settings_for(path)
            .language
            .or(language_for_path(path));
        if kind.is_symlink() {
            // A link to a file is checked as that file, under the link's
            // name, as when it is named on the command line. Links to
            // directories are not followed (no cycles). A broken link whose
            // name says it is code fails the run, as a file that cannot be
            // read does: a file found in a walk is never skipped silently.
            match std::fs::metadata(path) {
                Ok(meta) if meta.is_file() => {}
                Ok(_) => continue,
                Err(e) if by_name.is_some_and(|l| l.is_checked()) => {
                    return Err(cannot_open(path, &display_path(path, cwd), e));
                }
                Err(_) => continue,
            }
        } else if !kind.is_file() {
            continue;
        }
        let known = match by_name {
            Some(lang) => lang.is_checked(),
            None => path.extension().is_none() && has_known_shebang(path),
        };
        if known {
            out.push(Target {
                display: display_path(path, cwd),
                fs_path: path.to_path_buf(),
            });
        }
    }
    Ok(())
}

/// Why `path` cannot be opened: it does not exist, it is a symbolic link
/// whose target does not exist, or another error.
fn cannot_open(path: &Path, shown: &str, e: std::io::Error) -> RunError {
    if e.kind() != std::io::ErrorKind::NotFound {
        return RunError::Read {
            path: path.to_path_buf(),
            source: e,
        };
    }
    match std::fs::read_link(path) {
        Ok(target) => RunError::BrokenLink {
            path: shown.to_string(),
            target: format!("`{}`", target.display()),
        },
        Err(_) => RunError::NotFound {
            path: path.to_path_buf(),
        },
    }
}

/// A walk error names the directory that could not be read, not only the
/// root the walk started from.
fn walk_error(root: &Path, cwd: Option<&Path>, e: &ignore::Error) -> RunError {
    fn parts(e: &ignore::Error) -> (Option<&Path>, String) {
        match e {
            ignore::Error::WithPath { path, err } => {
                let (inner, message) = parts(err);
                (inner.or(Some(path.as_path())), message)
            }
            ignore::Error::WithDepth { err, .. } => parts(err),
            ignore::Error::Io(io) => (None, os_message(io)),
            other => (None, other.to_string()),
        }
    }
    /// The operating system's words ("Permission denied (os error 13)"),
    /// without the walker's "IO error for operation on <path>:" around them.
    fn os_message(io: &std::io::Error) -> String {
        let mut cause = io.get_ref().and_then(|e| e.source());
        while let Some(e) = cause {
            if let Some(inner) = e.downcast_ref::<std::io::Error>() {
                return inner.to_string();
            }
            cause = e.source();
        }
        io.to_string()
    }
    let (path, message) = parts(e);
    RunError::Walk {
        path: display_path(path.unwrap_or(root), cwd),
        message,
    }
}

fn has_known_shebang(path: &Path) -> bool {
    let mut head = [0u8; 128];
    let Ok(mut f) = std::fs::File::open(path) else {
        return false;
    };
    let n = f.read(&mut head).unwrap_or(0);
    head[..n].starts_with(b"#!")
        && resolve_language("", &head[..n], None).is_some_and(|l| l.is_checked())
}

/// A path relative to the current directory when below it, `/`-separated.
pub fn display_path(path: &Path, cwd: Option<&Path>) -> String {
    let rel = match (path.is_absolute(), cwd) {
        (true, Some(cwd)) => path.strip_prefix(cwd).unwrap_or(path),
        _ => path,
    };
    let rel = rel.strip_prefix(".").unwrap_or(rel);
    let s = rel
        .components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/");
    if s.is_empty() {
        ".".to_string()
    } else if rel.is_absolute() && !s.starts_with('/') {
        // `components()` yields the root as "/", and join doubles it.
        s
    } else {
        s.replacen("//", "/", 1)
    }
}

/// Read a file; one over `max_bytes` is not read past its start, so that a
/// huge file costs no memory.
pub fn read_target(t: &Target, max_bytes: u64) -> Result<Input, RunError> {
    let error = |e| RunError::Read {
        path: t.fs_path.clone(),
        source: e,
    };
    let (bytes, oversized) = read_file_capped(&t.fs_path, max_bytes).map_err(error)?;
    Ok(Input {
        path: t.display.clone(),
        bytes,
        previous: None,
        deferred_previous: None,
        oversized,
        on_disk: Some(t.fs_path.clone()),
    })
}

pub fn read_stdin(name: &str, max_bytes: u64) -> Result<Input, RunError> {
    let (bytes, oversized) =
        read_capped(std::io::stdin().lock(), None, max_bytes).map_err(RunError::Stdin)?;
    Ok(Input {
        path: name.to_string(),
        bytes,
        previous: None,
        deferred_previous: None,
        oversized,
        on_disk: None,
    })
}

/// [`read_capped`] for a file: a regular file's size is known, a FIFO or a
/// device is a stream.
fn read_file_capped(path: &Path, max_bytes: u64) -> std::io::Result<(Vec<u8>, Option<Oversized>)> {
    let file = std::fs::File::open(path)?;
    let size = file
        .metadata()
        .ok()
        .filter(|m| m.is_file())
        .map(|m| m.len());
    read_capped(file, size, max_bytes)
}

/// Everything `from` holds when that is at most `max_bytes`; otherwise only
/// its first [`HEAD_BYTES`]. `size` is what the file system
/// says (a regular file); a stream is read no further than `max_bytes + 1`,
/// since `/dev/zero` or `yes |` never end.
pub fn read_capped(
    mut from: impl Read,
    size: Option<u64>,
    max_bytes: u64,
) -> std::io::Result<(Vec<u8>, Option<Oversized>)> {
    // Sized to the file, so that a regular file takes one read (and one
    // more to see its end), not a read per doubling of the buffer.
    let mut bytes = match size {
        Some(n) if n <= max_bytes => Vec::with_capacity(n.saturating_add(1) as usize),
        _ => Vec::new(),
    };
    if size.is_some_and(|n| n > max_bytes) {
        (&mut from)
            .take(HEAD_BYTES as u64)
            .read_to_end(&mut bytes)?;
        return Ok((bytes, Some(Oversized { size })));
    }
    (&mut from)
        .take(max_bytes.saturating_add(1))
        .read_to_end(&mut bytes)?;
    if bytes.len() as u64 <= max_bytes {
        return Ok((bytes, None));
    }
    bytes.truncate(HEAD_BYTES);
    bytes.shrink_to_fit();
    // A stream, or a regular file that grew while being read: its size is
    // not known.
    Ok((bytes, Some(Oversized { size: None })))
}

/// Where `check` finds previous versions: a `--previous` file for a single
/// path, or HEAD inside a git work tree.
pub enum PreviousSource {
    None,
    File(PathBuf),
    Head(Box<HeadVersions>),
}

impl PreviousSource {
    /// HEAD when inside a git work tree that has commits, else nothing.
    /// `files` is how many files will ask for their previous version: none
    /// costs no git process; a few ([`FEW_FILES`]) cost one, `cat-file
    /// --batch`, asked for `HEAD:./<path>` (relative to the working
    /// directory: a file outside it costs a `rev-parse` for the top of the
    /// work tree); more add `rev-parse`, `diff-index` and `ls-files`, so
    /// that only changed files' versions are read.
    pub fn detect(explicit: Option<PathBuf>, files: usize) -> Result<Self, RunError> {
        if let Some(file) = explicit {
            if !file.is_file() {
                return Err(RunError::NotFound { path: file });
            }
            return Ok(PreviousSource::File(file));
        }
        if files == 0 || !crate::git::may_be_in_repository() {
            return Ok(PreviousSource::None);
        }
        // Its start-up overlaps what comes before the first question.
        let head = HeadVersions {
            few: files <= FEW_FILES,
            found: std::sync::OnceLock::new(),
            reader: Reader::start(),
        };
        // Listing a large work tree may take long: it is done here, not
        // within the first file's `max-check-ms`.
        if !head.few {
            head.found();
        }
        Ok(PreviousSource::Head(Box::new(head)))
    }

    /// Whether asking for a version waits on git (`cat-file` starting up):
    /// worth deferring until the file's rules have run.
    pub fn pending(&self) -> bool {
        matches!(self, PreviousSource::Head(h) if h.few)
    }

    /// The previous version of the file at `fs_path`, whose current content
    /// is `current`.
    /// A previous version over `max_bytes` is not read past its start.
    pub fn get(
        &self,
        fs_path: &Path,
        current: &[u8],
        max_bytes: u64,
    ) -> Option<crate::check::Previous> {
        match self {
            PreviousSource::None => None,
            PreviousSource::File(p) => {
                let (bytes, oversized) = read_file_capped(p, max_bytes).ok()?;
                Some(crate::check::Previous {
                    label: display_path(p, working_dir()),
                    path: display_path(p, working_dir()),
                    bytes,
                    oversized,
                })
            }
            PreviousSource::Head(head) => head.get(fs_path, current, max_bytes),
        }
    }
}

/// Up to this many files, each one's HEAD version is simply read: listing
/// the changed and tracked files costs two more git processes, more than
/// reading a few blobs.
pub const FEW_FILES: usize = 32;

/// Files' versions in HEAD, read through one `git cat-file --batch`.
pub struct HeadVersions {
    /// At most [`FEW_FILES`] files: each is asked for by its path relative
    /// to the working directory, without the top of the work tree.
    few: bool,
    /// The top of the work tree and its state, once asked for (`None`: no
    /// work tree with a HEAD commit).
    found: std::sync::OnceLock<Option<HeadState>>,
    reader: Reader,
}

/// The `git cat-file --batch` process of a run, started on a thread of its
/// own: starting a process waits until it runs `git`, which on a loaded
/// machine can take a millisecond or two that the first file's checks need
/// not wait for.
struct Reader(std::sync::Mutex<ReaderState>);

enum ReaderState {
    Starting(std::thread::JoinHandle<Result<crate::git::BlobReader, crate::git::GitError>>),
    Ready(crate::git::BlobReader),
    /// git could not be started: no previous versions.
    Failed,
}

impl Reader {
    fn start() -> Self {
        let state = match std::thread::Builder::new()
            .name("gencheck-git-start".into())
            .spawn(crate::git::BlobReader::new)
        {
            Ok(handle) => ReaderState::Starting(handle),
            Err(_) => crate::git::BlobReader::new()
                .map(ReaderState::Ready)
                .unwrap_or(ReaderState::Failed),
        };
        Reader(std::sync::Mutex::new(state))
    }

    /// `f` with the process, once it has started; `None` when it could not.
    fn with<R>(&self, f: impl FnOnce(&mut crate::git::BlobReader) -> R) -> Option<R> {
        let mut state = self.0.lock().ok()?;
        *state = match std::mem::replace(&mut *state, ReaderState::Failed) {
            ReaderState::Starting(handle) => match handle.join() {
                Ok(Ok(reader)) => ReaderState::Ready(reader),
                _ => ReaderState::Failed,
            },
            settled => settled,
        };
        match &mut *state {
            ReaderState::Ready(reader) => Some(f(reader)),
            _ => None,
        }
    }
}

struct HeadState {
    /// Canonical (symbolic links resolved).
    top: PathBuf,
    /// Which files are tracked and which may have changed, for a run over
    /// more than [`FEW_FILES`] files.
    state: Option<TreeState>,
    /// When `state` was taken.
    since: std::time::SystemTime,
}

struct TreeState {
    /// Tracked paths whose work-tree content may differ from HEAD (stale
    /// stat data included).
    changed: std::collections::HashSet<String>,
    tracked: std::collections::HashSet<String>,
}

impl HeadVersions {
    fn get(
        &self,
        fs_path: &Path,
        current: &[u8],
        max_bytes: u64,
    ) -> Option<crate::check::Previous> {
        if self.few {
            if let Some(found) = self.get_relative(fs_path, max_bytes) {
                return found;
            }
        }
        let head = self.found().as_ref()?;
        let rel = resolver().relative_resolved(fs_path, &head.top)?;
        let unchanged = match &head.state {
            Some(state) if !state.tracked.contains(&rel) => return None,
            // An unchanged tracked file is its HEAD version: no object read.
            Some(state) => {
                !state.changed.contains(&rel) && head.unchanged_on_disk(fs_path, current)
            }
            // A few files: their HEAD versions are read (an untracked one
            // has none).
            None => false,
        };
        let (bytes, oversized) = if unchanged {
            (current.to_vec(), None)
        } else {
            self.reader
                .with(|r| r.read_capped(&format!("HEAD:{rel}"), max_bytes))?
                .ok()??
        };
        Some(crate::check::Previous {
            label: "HEAD".to_string(),
            path: display_path(&head.top.join(&rel), working_dir()),
            bytes,
            oversized,
        })
    }
}

impl HeadVersions {
    /// The top of the work tree and, for many files, which are tracked and
    /// which changed: asked of git once.
    fn found(&self) -> &Option<HeadState> {
        self.found.get_or_init(|| {
            let top = crate::git::work_tree_with_head()?;
            let top = top.canonicalize().unwrap_or(top);
            // Before `git diff-index` looks at the work tree: a file changed
            // after this instant may have changed after git looked at it.
            let since = std::time::SystemTime::now();
            let state = if self.few {
                None
            } else {
                let (changed, tracked) = crate::git::work_tree_state().ok()?;
                Some(TreeState { changed, tracked })
            };
            Some(HeadState { top, state, since })
        })
    }

    /// The HEAD version of a file below the working directory, asked for as
    /// `HEAD:./<path>` (git resolves it against the working directory, so
    /// the top of the work tree is not needed). `None` when the file is not
    /// below the working directory; `Some(None)` when it has no HEAD version
    /// (untracked, no HEAD commit, no repository).
    fn get_relative(
        &self,
        fs_path: &Path,
        max_bytes: u64,
    ) -> Option<Option<crate::check::Previous>> {
        static CWD: std::sync::OnceLock<Option<PathBuf>> = std::sync::OnceLock::new();
        let cwd = CWD
            .get_or_init(|| working_dir().map(|d| d.canonicalize().unwrap_or(d.to_path_buf())))
            .as_deref()?;
        let abs = if fs_path.is_absolute() {
            fs_path.to_path_buf()
        } else {
            working_dir()?.join(fs_path)
        };
        let abs = abs.canonicalize().unwrap_or(abs);
        let rel = abs.strip_prefix(cwd).ok()?;
        let rel: Vec<String> = rel
            .components()
            .map(|c| c.as_os_str().to_str().map(str::to_string))
            .collect::<Option<_>>()?;
        let read = self
            .reader
            .with(|r| r.read_capped(&format!("HEAD:./{}", rel.join("/")), max_bytes))
            .and_then(Result::ok)
            .flatten();
        Some(read.map(|(bytes, oversized)| crate::check::Previous {
            label: "HEAD".to_string(),
            path: display_path(&abs, working_dir()),
            bytes,
            oversized,
        }))
    }
}

impl HeadState {
    /// Whether `current` is still what git found unchanged: the file at
    /// `fs_path` has not changed since `git diff-index` looked at it (another
    /// process may be rewriting it), and `current` is its content (standard
    /// input checked as `--stdin-filename` a tracked file is not).
    fn unchanged_on_disk(&self, fs_path: &Path, current: &[u8]) -> bool {
        let Ok(meta) = std::fs::metadata(fs_path) else {
            return false;
        };
        // ctime, which no one can set back, with a margin for coarse file
        // system clocks.
        #[cfg(unix)]
        let changed_at = {
            use std::os::unix::fs::MetadataExt;
            u64::try_from(meta.ctime()).ok().map(|secs| {
                std::time::UNIX_EPOCH
                    + std::time::Duration::new(secs, meta.ctime_nsec().clamp(0, 999_999_999) as u32)
            })
        };
        #[cfg(not(unix))]
        let changed_at = meta.modified().ok();
        let margin = std::time::Duration::from_secs(2);
        let settled = changed_at.is_some_and(|t| t + margin < self.since);
        settled
            && meta.len() == current.len() as u64
            && std::fs::read(fs_path).is_ok_and(|disk| disk == current)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display_paths() {
        let cwd = Path::new("/repo");
        assert_eq!(display_path(Path::new("/repo/a/b.py"), Some(cwd)), "a/b.py");
        assert_eq!(display_path(Path::new("./a/b.py"), Some(cwd)), "a/b.py");
        assert_eq!(
            display_path(Path::new("/other/x.sql"), Some(cwd)),
            "/other/x.sql"
        );
    }
}
