//! The git workflows: `staged` (what the commit will contain), `ci` (what a
//! range of commits changed) and `install-hook`.

use std::path::{Path, PathBuf};

use crate::check::{resolve_language, CheckOptions, FileReport, Input, Previous};
use crate::error::RunError;
use crate::git::{self, BlobReader, Change};
use crate::language::Language;
use crate::source::display_path;

/// Marks a hook that `gencheck install-hook` wrote.
pub const HOOK_MARKER: &str = "# installed by gencheck install-hook";

fn display(top: &Path, repo_path: &str) -> String {
    display_path(&top.join(repo_path), crate::source::working_dir())
}

/// Read the changed files (and their previous versions) through one
/// `git cat-file --batch`, on a thread of its own, handing each file to
/// `sink` as soon as it is read so that parsing overlaps reading. Files of
/// languages gencheck does not check are skipped, as in a directory walk.
/// `work_tree`: each blob stands for the work tree's file (`staged`), whose
/// surroundings count (a `.js` file's nearest `package.json`).
#[allow(clippy::too_many_arguments)]
fn read_inputs(
    changes: Vec<Change>,
    top: PathBuf,
    work_tree: bool,
    previous_label: String,
    forced: Option<Language>,
    config: std::sync::Arc<crate::config::Config>,
    max_bytes: u64,
    sink: std::sync::mpsc::SyncSender<Input>,
) -> Result<(), RunError> {
    let mut reader = BlobReader::new()?;
    for change in changes {
        let path = display(&top, &change.path);
        // The staged blob, from the work tree when the file there is that
        // very blob (its object id says so): reading a file costs less than
        // git inflating the object on the other core.
        let on_disk = work_tree
            .then(|| git::read_if_blob(&top.join(&change.path), &change.new_blob, max_bytes))
            .flatten()
            .map(|bytes| (bytes, None));
        let read = match on_disk {
            Some(found) => Some(found),
            None => reader.read_capped(&change.new_blob, max_bytes)?,
        };
        let Some((bytes, oversized)) = read else {
            return Err(RunError::Git(git::GitError::CatFile(format!(
                "blob {} of {} is missing",
                change.new_blob, change.path
            ))));
        };
        let configured = config.settings_for(Path::new(&path)).language;
        let checked =
            resolve_language(&path, &bytes, forced.or(configured)).is_some_and(|l| l.is_checked());
        if !checked {
            continue;
        }
        // An oversized file is not checked, and an oversized previous
        // version is not compared: neither is read into memory.
        let previous = match &change.old_blob {
            Some(_) if oversized.is_some() => None,
            Some(blob) => reader
                .read_capped(blob, max_bytes)?
                .map(|(bytes, over)| Previous {
                    label: previous_label.clone(),
                    path: display(&top, change.old_path.as_deref().unwrap_or(&change.path)),
                    bytes,
                    oversized: over,
                }),
            None => None,
        };
        let input = Input {
            path,
            bytes,
            previous,
            deferred_previous: None,
            oversized,
            on_disk: work_tree.then(|| top.join(&change.path)),
        };
        if sink.send(input).is_err() {
            break;
        }
    }
    Ok(())
}

/// Check changed files as they are read: a reader thread feeds the
/// parallel checks.
fn check_changes(
    changes: Vec<Change>,
    top: PathBuf,
    work_tree: bool,
    previous_label: String,
    opts: &CheckOptions,
) -> Result<Vec<FileReport>, RunError> {
    let (tx, rx) = std::sync::mpsc::sync_channel::<Input>(64);
    let forced = opts.language;
    let config = opts.config.clone();
    let max_bytes = opts.limits.max_file_bytes;
    let shard = opts.shard;
    let changes: Vec<Change> = changes
        .into_iter()
        .filter(|c| !config.is_excluded(&top.join(&c.path)))
        .filter(|c| shard.is_none_or(|s| s.contains(&c.path)))
        .collect();
    let reader = std::thread::spawn(move || {
        read_inputs(
            changes,
            top,
            work_tree,
            previous_label,
            forced,
            config,
            max_bytes,
            tx,
        )
    });
    let reports = crate::check_stream(rx.into_iter(), opts);
    reader
        .join()
        .map_err(|_| RunError::Usage("the git reader thread panicked".into()))??;
    let mut reports = reports?;
    reports.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(reports)
}

/// The blobs staged in the index: exactly what the commit will contain,
/// whatever the work tree holds. Nothing is stashed, checked out or written.
/// What surrounds a file (a `.js` file's nearest `package.json`) is read
/// from the work tree, where the commit's files are.
pub fn staged(opts: &CheckOptions) -> Result<Vec<FileReport>, RunError> {
    let top = git::top_level()?;
    let changes = git::staged_changes()?;
    check_changes(changes, top, true, "HEAD".to_string(), opts)
}

/// Every file added or modified between the merge base of `base` and
/// `head`, read from git objects (no checkout needed; the work tree may
/// hold another revision, so nothing around a file is read from it).
pub fn ci(base: &str, head: &str, opts: &CheckOptions) -> Result<Vec<FileReport>, RunError> {
    let head_commit = git::resolve_commit(head).map_err(|e| naming_option("--head", e))?;
    let base_commit = git::resolve_commit(base).map_err(|e| naming_option("--base", e))?;
    let merge_base = git::merge_base(&base_commit, &head_commit)?;
    let changes = git::changes_between(&merge_base, &head_commit)?;
    let top = git::top_level().unwrap_or_else(|_| PathBuf::from("."));
    let label = format!("merge-base {}", &merge_base[..merge_base.len().min(10)]);
    check_changes(changes, top, false, label, opts)
}

/// A missing revision's message says which option named it.
fn naming_option(option: &str, e: git::GitError) -> git::GitError {
    match e {
        git::GitError::Revision(message) => git::GitError::Revision(format!("{option}: {message}")),
        other => other,
    }
}

/// The hook script: runs `gencheck staged` with the binary that installed it,
/// or the one on PATH if that one moved.
fn hook_script(exe: &Path) -> String {
    let exe = exe.to_string_lossy().replace('\'', "'\\''");
    format!(
        "#!/bin/sh\n{HOOK_MARKER}\n# Checks the staged files before each commit; skip once with `git commit --no-verify`.\ngencheck='{exe}'\n[ -x \"$gencheck\" ] || gencheck=gencheck\nexec \"$gencheck\" staged\n"
    )
}

/// Write the pre-commit hook. Refuses to overwrite a hook gencheck did not
/// write unless `force`.
pub fn install_hook(force: bool) -> Result<PathBuf, RunError> {
    let dir = git::hooks_dir()?;
    let hook = dir.join("pre-commit");
    if let Ok(existing) = std::fs::read_to_string(&hook) {
        if !existing.contains(HOOK_MARKER) && !force {
            return Err(RunError::Usage(format!(
                "{}: a pre-commit hook is already there and gencheck did not write it; add `gencheck staged` to it, or overwrite it with `gencheck install-hook --force`",
                hook.display()
            )));
        }
    } else if hook.exists() && !force {
        return Err(RunError::Usage(format!(
            "{}: exists and cannot be read; overwrite it with `gencheck install-hook --force`",
            hook.display()
        )));
    }
    let write_err = |e: std::io::Error| RunError::Write {
        path: hook.clone(),
        source: e,
    };
    std::fs::create_dir_all(&dir).map_err(write_err)?;
    let exe = std::env::current_exe().unwrap_or_else(|_| PathBuf::from("gencheck"));
    std::fs::write(&hook, hook_script(&exe)).map_err(write_err)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&hook, std::fs::Permissions::from_mode(0o755))
            .map_err(write_err)?;
    }
    Ok(hook)
}
