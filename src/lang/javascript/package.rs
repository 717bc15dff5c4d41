//! The package scope of a `.js` file: the nearest `package.json` up its
//! directory, as Node resolves it (ESM's `READ_PACKAGE_SCOPE`), and whether
//! it says `"type": "module"`. Node and every bundler then load the file as
//! an ES module, so a `.js` file there must parse as one.
//!
//! The walk starts at the file's directory (its symbolic links resolved;
//! a file that is itself a link is read where the link is, where Node
//! would follow it) and stops at the first `package.json`, at a `node_modules`
//! directory (Node's boundary), at a repository's root (a directory holding
//! `.git`: a package above it belongs to another project), or at the file
//! system's root. A `package.json` that cannot be read or is not a JSON
//! object ends the walk with no answer: the check never fails, or grows
//! stricter, because of it. Answers are cached per directory for the run,
//! so a thousand files read each `package.json` once.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, OnceLock};

use crate::lang::nearest::{nearest, Step};

/// The `package.json` that makes files below it ES modules.
pub type ModuleScope = Option<Arc<PathBuf>>;

fn cache() -> &'static Mutex<HashMap<PathBuf, ModuleScope>> {
    static CACHE: OnceLock<Mutex<HashMap<PathBuf, ModuleScope>>> = OnceLock::new();
    CACHE.get_or_init(|| Mutex::new(HashMap::new()))
}

/// What one directory says: a decision (its `package.json`, a boundary),
/// or nothing (look at the parent).
fn look_at(dir: &Path) -> Step<ModuleScope> {
    if dir.file_name().is_some_and(|n| n == "node_modules") {
        return Step::Decided(None);
    }
    let manifest = dir.join("package.json");
    match std::fs::read(&manifest) {
        Ok(bytes) => {
            let module = serde_json::from_slice::<serde_json::Value>(&bytes)
                .ok()
                .and_then(|v| {
                    v.get("type")
                        .and_then(|t| t.as_str())
                        .map(|t| t == "module")
                })
                .unwrap_or(false);
            Step::Decided(module.then(|| Arc::new(manifest)))
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            if dir.join(".git").exists() {
                Step::Decided(None)
            } else {
                Step::Parent
            }
        }
        // There but unreadable (permissions, a directory): no answer.
        Err(_) => Step::Decided(None),
    }
}

/// The `package.json` that makes `dir`'s `.js` files ES modules, if one
/// does. `dir` may be relative to the working directory.
pub fn module_scope(dir: &Path) -> ModuleScope {
    nearest(cache(), dir, look_at)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_nearest_package_json_decides() {
        let tmp = std::env::temp_dir().join(format!("gencheck-scope-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&tmp);
        let deep = tmp.join("repo/pkg/src/lib");
        std::fs::create_dir_all(&deep).unwrap();
        std::fs::create_dir_all(tmp.join("repo/.git")).unwrap();
        std::fs::create_dir_all(tmp.join("repo/cjs/node_modules/dep")).unwrap();
        std::fs::create_dir_all(tmp.join("repo/broken")).unwrap();
        std::fs::create_dir_all(tmp.join("repo/plain")).unwrap();
        std::fs::write(tmp.join("package.json"), r#"{"type": "module"}"#).unwrap();
        std::fs::write(tmp.join("repo/pkg/package.json"), r#"{"type": "module"}"#).unwrap();
        std::fs::write(tmp.join("repo/cjs/package.json"), r#"{"type": "module"}"#).unwrap();
        std::fs::write(
            tmp.join("repo/broken/package.json"),
            "{\"type\": \"module\",",
        )
        .unwrap();
        let module = module_scope(&deep).expect("pkg is a module package");
        assert!(module.ends_with("repo/pkg/package.json"), "{module:?}");
        // Cached: the same answer without reading again.
        assert_eq!(module_scope(&deep), Some(module));
        // Inside node_modules, the package above does not reach.
        assert_eq!(module_scope(&tmp.join("repo/cjs/node_modules/dep")), None);
        // An invalid package.json gives no answer.
        assert_eq!(module_scope(&tmp.join("repo/broken")), None);
        // The repository's root stops the walk: the package.json above it
        // belongs to something else.
        assert_eq!(module_scope(&tmp.join("repo/plain")), None);
        std::fs::remove_dir_all(&tmp).unwrap();
    }
}
