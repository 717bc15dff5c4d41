//! The nearest directory up from a file's that decides something about it
//! (a `package.json`, a `dbt_project.yml`), with the answers cached per
//! directory for the run: a thousand files in one tree read each manifest
//! once.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

/// What one directory says.
pub enum Step<T> {
    /// The answer (its manifest, or a boundary that ends the walk).
    Decided(T),
    /// Nothing here: ask the parent.
    Parent,
}

/// Walk up from `dir` (relative to the working directory, or absolute; its
/// symbolic links resolved) until `look_at` decides, or the file system's
/// root (then `T::default()`). Every directory walked is cached with the
/// answer.
pub fn nearest<T: Clone + Default>(
    cache: &Mutex<HashMap<PathBuf, T>>,
    dir: &Path,
    look_at: impl Fn(&Path) -> Step<T>,
) -> T {
    if let Some(hit) = cache.lock().ok().and_then(|m| m.get(dir).cloned()) {
        return hit;
    }
    let start = crate::source::resolver()
        .canonical(dir)
        .unwrap_or_else(|| dir.to_path_buf());
    let mut seen = vec![dir.to_path_buf()];
    let mut at = Some(start.as_path());
    let mut answer = T::default();
    while let Some(d) = at {
        if let Some(hit) = cache.lock().ok().and_then(|m| m.get(d).cloned()) {
            answer = hit;
            break;
        }
        seen.push(d.to_path_buf());
        match look_at(d) {
            Step::Decided(found) => {
                answer = found;
                break;
            }
            Step::Parent => at = d.parent(),
        }
    }
    if let Ok(mut map) = cache.lock() {
        for d in seen {
            map.insert(d, answer.clone());
        }
    }
    answer
}
