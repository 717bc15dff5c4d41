//! `--apply`: write the files a reply proposes, all or nothing. Every
//! target is checked against what was read before anything is written;
//! each file is written to a temporary file in its own directory and
//! renamed over the target.

use std::io::Write;
use std::path::Path;

use super::build::FileState;
use crate::error::RunError;

fn read_now(path: &Path) -> Result<Option<Vec<u8>>, RunError> {
    match std::fs::read(path) {
        Ok(b) => Ok(Some(b)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(RunError::Read {
            path: path.to_path_buf(),
            source: e,
        }),
    }
}

/// Write every changed file (delete the deleted ones). Refuses, writing
/// nothing, when any target changed on disk since it was read.
pub fn apply(files: &[FileState]) -> Result<Vec<String>, RunError> {
    let changed: Vec<&FileState> = files.iter().filter(|f| f.changed()).collect();
    for f in &changed {
        if read_now(&f.fs_path)? != f.original {
            return Err(RunError::Usage(format!(
                "{}: changed on disk since the reply was checked; nothing was written",
                f.fs_path.display()
            )));
        }
    }
    let mut done = Vec::new();
    for f in changed.iter().filter(|f| f.content.is_some()) {
        let content = f.content.as_deref().unwrap_or_default();
        write_atomic(&f.fs_path, content.as_bytes(), f.original.is_none())?;
        done.push(f.path.clone());
    }
    for f in changed.iter().filter(|f| f.content.is_none()) {
        std::fs::remove_file(&f.fs_path).map_err(|e| RunError::Write {
            path: f.fs_path.clone(),
            source: e,
        })?;
        done.push(f.path.clone());
    }
    Ok(done)
}

/// Write `bytes` to a temporary file beside `target` and move it into
/// place. A new file (`create`) is linked into place, which fails instead
/// of replacing a file that appeared since the reply was read.
fn write_atomic(target: &Path, bytes: &[u8], create: bool) -> Result<(), RunError> {
    let error = |e| RunError::Write {
        path: target.to_path_buf(),
        source: e,
    };
    let dir = target.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir).map_err(error)?;
    let name = target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let mut n = 0u32;
    let (tmp, mut file) = loop {
        let tmp = dir.join(format!(".{name}.gencheck-{}-{n}.tmp", std::process::id()));
        match std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&tmp)
        {
            Ok(f) => break (tmp, f),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists && n < 100 => n += 1,
            Err(e) => return Err(error(e)),
        }
    };
    let result = (|| {
        file.write_all(bytes)?;
        if let Ok(meta) = std::fs::metadata(target) {
            file.set_permissions(meta.permissions())?;
        }
        file.sync_all()?;
        drop(file);
        if create {
            match std::fs::hard_link(&tmp, target) {
                Ok(()) => std::fs::remove_file(&tmp),
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                    Err(std::io::Error::new(
                        e.kind(),
                        "the file appeared on disk since the reply was checked; not replaced",
                    ))
                }
                // A file system without hard links: rename (the check above
                // already found no file there).
                Err(_) => std::fs::rename(&tmp, target),
            }
        } else {
            std::fs::rename(&tmp, target)
        }
    })();
    if let Err(e) = result {
        let _ = std::fs::remove_file(&tmp);
        return Err(error(e));
    }
    Ok(())
}
