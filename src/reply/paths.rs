//! File paths in a reply: recognising them in the forms models write, and
//! refusing the unsafe ones.

use std::path::{Component, Path, PathBuf};

/// File names without an extension that projects hold.
const WELL_KNOWN: &[&str] = &[
    "Dockerfile",
    "Containerfile",
    "Makefile",
    "GNUmakefile",
    "Procfile",
    "Gemfile",
    "Rakefile",
    "Jenkinsfile",
    "Vagrantfile",
    "Brewfile",
    "Justfile",
    "justfile",
    "Pipfile",
    "LICENSE",
    "CODEOWNERS",
    "README",
    "Caddyfile",
];

/// Whether `s` reads as a file path: no spaces, not a URL, and either a
/// directory part or an extension made of letters and digits (`src/a.py`,
/// `Makefile` only when the registry knows the name).
pub fn is_path_like(s: &str) -> bool {
    if s.is_empty() || s.len() > 250 || s.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return false;
    }
    if s.contains("://") || s.starts_with("www.") || s.contains(['*', '?', '<', '>', '|', '"']) {
        return false;
    }
    let name = s.rsplit(['/', '\\']).next().unwrap_or(s);
    if name.is_empty() {
        return false;
    }
    if crate::language::language_for_path(Path::new(name)).is_some() && !name.starts_with('.') {
        return true;
    }
    let plain = |part: &str| {
        !part.is_empty()
            && part
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || "._-".contains(c))
    };
    // Names without an extension: well-known ones, and paths that are
    // clearly paths (`.git/hooks/pre-commit`, `bin/tools/release`).
    if !name.contains('.') || name.starts_with('.') && !name[1..].contains('.') {
        let known = WELL_KNOWN.contains(&name)
            || (name.starts_with('.') && name.len() > 2 && plain(&name[1..]));
        let deep = (s.matches('/').count() >= 2 || s.starts_with('.')) && s.split('/').all(plain);
        return (known || deep) && s.split('/').filter(|p| !p.is_empty()).all(plain);
    }
    let Some((stem, ext)) = name.rsplit_once('.') else {
        return false;
    };
    // `1.2.3`, `e.g.`, `...`: not file names.
    if ext.is_empty()
        || ext.len() > 12
        || !ext.chars().all(|c| c.is_ascii_alphanumeric())
        || ext.chars().all(|c| c.is_ascii_digit())
    {
        return false;
    }
    (!stem.is_empty() || s.contains('/'))
        && !stem.chars().all(|c| c.is_ascii_digit() || c == '.')
        && s.chars()
            .all(|c| c.is_alphanumeric() || "._-/\\@+~$%=,#".contains(c))
}

/// Strip what models wrap a path in: backticks, `**`, quotes, a trailing `:`.
fn unwrap(s: &str) -> &str {
    let mut s = s.trim();
    loop {
        let before = s;
        s = s.trim_end_matches(':').trim();
        for (open, close) in [
            ("**", "**"),
            ("__", "__"),
            ("`", "`"),
            ("*", "*"),
            ("\"", "\""),
            ("'", "'"),
            ("[", "]"),
        ] {
            if let Some(inner) = s.strip_prefix(open).and_then(|r| r.strip_suffix(close)) {
                s = inner.trim();
            }
        }
        if s == before {
            return s;
        }
    }
}

/// The path a line standing above a block names, and how (`**p**`, `` `p` ``,
/// `# p`, `p:`, `File: p`, `1. **p** (new file)`); `None` when the line is
/// not a path line. A sentence ending in `:` that names one path is
/// [`sentence_path`].
pub fn path_line(line: &str) -> Option<(String, &'static str)> {
    let t = line.trim();
    if t.is_empty() {
        return None;
    }
    let mut s = t;
    let mut form = "a bare path";
    if let Some(rest) = s.strip_prefix('#') {
        s = rest.trim_start_matches('#').trim();
        form = "a heading";
    }
    // A list item: `1. **main.py** (new file)`, `- src/a.py:`.
    if let Some(rest) = s
        .split_once(". ")
        .filter(|(n, _)| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()))
        .map(|(_, r)| r)
        .or_else(|| s.strip_prefix("- ").or_else(|| s.strip_prefix("* ")))
    {
        s = rest.trim();
        form = "a list item";
    }
    // A trailing parenthesis: `(new file)`, `(1-10)`.
    if let Some(open) = s.rfind(" (") {
        if s.ends_with(')') {
            s = s[..open].trim();
        }
    }
    let bare = unwrap(s);
    let lower = bare.to_ascii_lowercase();
    for prefix in [
        "file:",
        "filename:",
        "file name:",
        "path:",
        "filepath:",
        "file path:",
    ] {
        if lower.starts_with(prefix) {
            let p = unwrap(&bare[prefix.len()..]);
            return is_path_like(p).then(|| (clean(p), "a `File:` line"));
        }
    }
    if !is_path_like(bare) {
        return None;
    }
    if form == "a bare path" {
        form = if s.starts_with("**") || s.starts_with("__") {
            "a bold path"
        } else if s.starts_with('`') {
            "a path in backticks"
        } else if s.ends_with(':') {
            "a path with a colon"
        } else {
            "a bare path"
        };
    }
    Some((clean(bare), form))
}

/// Extensions of files projects hold, for paths found in prose, where a
/// word with a dot (`self.style`, `os.path`) is usually not a file.
const FILE_EXTENSIONS: &[&str] = &[
    "py",
    "pyi",
    "ipynb",
    "js",
    "mjs",
    "cjs",
    "jsx",
    "ts",
    "mts",
    "cts",
    "tsx",
    "json",
    "jsonc",
    "json5",
    "jsonl",
    "yaml",
    "yml",
    "toml",
    "ini",
    "cfg",
    "conf",
    "env",
    "md",
    "mdx",
    "rst",
    "txt",
    "sql",
    "sh",
    "bash",
    "zsh",
    "fish",
    "ps1",
    "bat",
    "cmd",
    "html",
    "htm",
    "css",
    "scss",
    "sass",
    "less",
    "vue",
    "svelte",
    "astro",
    "rs",
    "go",
    "java",
    "kt",
    "kts",
    "scala",
    "groovy",
    "gradle",
    "c",
    "h",
    "cc",
    "cpp",
    "cxx",
    "hpp",
    "hh",
    "cs",
    "fs",
    "vb",
    "rb",
    "erb",
    "php",
    "swift",
    "m",
    "mm",
    "dart",
    "lua",
    "r",
    "pl",
    "pm",
    "ex",
    "exs",
    "erl",
    "hrl",
    "hs",
    "ml",
    "mli",
    "clj",
    "cljs",
    "el",
    "nim",
    "zig",
    "jl",
    "tf",
    "tfvars",
    "hcl",
    "proto",
    "graphql",
    "gql",
    "xml",
    "xsd",
    "svg",
    "csv",
    "tsv",
    "lock",
    "mk",
    "cmake",
    "dockerfile",
    "properties",
    "plist",
    "tex",
    "bib",
    "sol",
    "wasm",
    "wat",
    "prisma",
    "j2",
    "jinja",
    "tmpl",
    "tpl",
    "hbs",
    "ejs",
    "pug",
    "gitignore",
    "dockerignore",
    "editorconfig",
    "npmrc",
    "nvmrc",
];

/// Whether a path found in prose names a file: a directory part, or a
/// file extension projects use.
fn names_a_file(p: &str) -> bool {
    if p.contains('/') {
        return true;
    }
    let name = p.rsplit('/').next().unwrap_or(p);
    let ext = name
        .rsplit_once('.')
        .map_or("", |(_, e)| e)
        .to_ascii_lowercase();
    FILE_EXTENSIONS.contains(&ext.as_str()) || WELL_KNOWN.contains(&name)
}

/// The one path a sentence ending in `:` names ("Create or update the file
/// generated_1.sql with this complete content:", "Here is `src/a.py`:").
pub fn sentence_path(line: &str) -> Option<String> {
    let t = line.trim();
    if !t.ends_with(':') || t.split_whitespace().count() < 2 {
        return None;
    }
    let mut found: Vec<String> = Vec::new();
    for word in t.split_whitespace() {
        let w = word.trim_matches(|c: char| ",;:()[]!?".contains(c));
        let w = unwrap(w.trim_end_matches('.'));
        if is_path_like(w) && names_a_file(w) && !found.iter().any(|f| f == w) {
            found.push(clean(w));
        }
    }
    (found.len() == 1).then(|| found.remove(0))
}

/// Every path named in backticks on a line of prose.
pub fn backticked_paths(line: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut parts = line.split('`');
    parts.next();
    while let (Some(inside), Some(_)) = (parts.next(), parts.next()) {
        if is_path_like(inside.trim()) && names_a_file(inside.trim()) {
            out.push(clean(inside.trim()));
        }
    }
    out
}

/// The path an info string carries: the first token with a `.` or `/`
/// (```` ```python src/a.py ````, ```` ```src/a.py (1-10) ````,
/// ```` ```js title="app.js" ````); a bare language (```` ```php ````) is none.
pub fn info_path(info: &str) -> Option<String> {
    for token in info.split(|c: char| c.is_whitespace() || c == ',' || c == '{' || c == '}') {
        let token = token
            .split_once('=')
            .map_or(token, |(_, v)| v)
            .trim_matches(|c| c == '"' || c == '\'');
        // `python:src/a.py` (language, then path) or `src/a.py:12` (a line).
        let parts = match token.split_once(':') {
            Some((a, b)) => vec![b, a],
            None => vec![token],
        };
        for part in parts {
            if (part.contains('.') || part.contains('/')) && is_path_like(part) {
                return Some(clean(part));
            }
        }
    }
    None
}

/// The path a first-line comment names (`# path: src/a.py`, `// src/a.js`,
/// `-- file: q.sql`, `<!-- a.html -->`, `/* a.css */`).
pub fn comment_path(line: &str) -> Option<String> {
    let t = line.trim();
    let inner = ["#", "//", "--", ";"]
        .iter()
        .find_map(|p| t.strip_prefix(p))
        .or_else(|| {
            t.strip_prefix("<!--")
                .and_then(|r| r.strip_suffix("-->"))
                .or_else(|| t.strip_prefix("/*").and_then(|r| r.strip_suffix("*/")))
        })?
        .trim();
    let lower = inner.to_ascii_lowercase();
    let inner = ["file:", "filename:", "path:", "filepath:", "file "]
        .iter()
        .find_map(|p| lower.starts_with(p).then(|| inner[p.len()..].trim()))
        .unwrap_or(inner);
    let p = unwrap(inner);
    (p.contains('/') || p.contains('.')).then_some(())?;
    is_path_like(p).then(|| clean(p))
}

/// A path as a proposal names it: `\` separators become `/`, a leading
/// `./` goes.
fn clean(p: &str) -> String {
    let p = p.replace('\\', "/");
    p.strip_prefix("./").unwrap_or(&p).to_string()
}

/// Why a proposed path is not safe to write, or where it resolves under
/// `root`.
pub fn resolve(root: &Path, path: &str) -> Result<PathBuf, String> {
    if path.is_empty() {
        return Err("the path is empty".into());
    }
    if path.contains('\0') {
        return Err("the path contains a NUL character".into());
    }
    let p = Path::new(path);
    let windows_absolute = path.starts_with('\\')
        || (path.len() >= 2
            && path.as_bytes()[1] == b':'
            && path.as_bytes()[0].is_ascii_alphabetic());
    if p.is_absolute() || p.has_root() || windows_absolute || path.starts_with('~') {
        return Err(format!(
            "`{path}` is an absolute path; proposals may only name files below the root"
        ));
    }
    let mut depth: isize = 0;
    let mut parts: Vec<&str> = Vec::new();
    for c in p.components() {
        match c {
            Component::Normal(s) => {
                let s = s.to_str().unwrap_or("");
                if parts.is_empty() && depth == 0 && s.eq_ignore_ascii_case(".git") {
                    return Err(format!("`{path}` points into .git/"));
                }
                parts.push(s);
                depth += 1;
            }
            Component::CurDir => {}
            Component::ParentDir => {
                depth -= 1;
                if depth < 0 {
                    return Err(format!("`{path}` leaves the root through `..`"));
                }
                parts.pop();
            }
            Component::RootDir | Component::Prefix(_) => {
                return Err(format!("`{path}` is an absolute path"));
            }
        }
    }
    if parts
        .first()
        .is_some_and(|s| s.eq_ignore_ascii_case(".git"))
    {
        return Err(format!("`{path}` points into .git/"));
    }
    if parts.is_empty() {
        return Err(format!("`{path}` names the root itself, not a file"));
    }
    let target = parts.iter().fold(root.to_path_buf(), |acc, s| acc.join(s));
    // Through symbolic links: the deepest part that exists must resolve
    // below the root.
    let real_root = root.canonicalize().unwrap_or_else(|_| root.to_path_buf());
    let mut probe = target.clone();
    loop {
        if std::fs::symlink_metadata(&probe).is_ok() {
            let real = match probe.canonicalize() {
                Ok(r) => r,
                Err(_) => {
                    return Err(format!(
                        "`{path}` goes through a symbolic link whose target does not exist"
                    ))
                }
            };
            if !real.starts_with(&real_root) {
                return Err(format!(
                    "`{path}` leaves the root through a symbolic link (it resolves to {})",
                    real.display()
                ));
            }
            if real.strip_prefix(&real_root).is_ok_and(|r| {
                r.components()
                    .next()
                    .is_some_and(|c| c.as_os_str().eq_ignore_ascii_case(".git"))
            }) {
                return Err(format!(
                    "`{path}` points into .git/ through a symbolic link"
                ));
            }
            break;
        }
        if !probe.pop() || probe == root {
            break;
        }
    }
    Ok(target)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn path_lines_in_the_forms_models_write() {
        for l in [
            "src/a.py",
            "**src/a.py**",
            "`src/a.py`",
            "# src/a.py",
            "src/a.py:",
            "File: src/a.py",
            "**File: src/a.py**",
            "1. **src/a.py** (new file)",
            "### `src/a.py`",
        ] {
            assert_eq!(path_line(l).map(|p| p.0), Some("src/a.py".into()), "{l}");
        }
        assert_eq!(
            path_line(".git/hooks/pre-commit").map(|p| p.0),
            Some(".git/hooks/pre-commit".into())
        );
        assert_eq!(
            path_line("Dockerfile").map(|p| p.0),
            Some("Dockerfile".into())
        );
        assert_eq!(
            path_line("`.gitignore`").map(|p| p.0),
            Some(".gitignore".into())
        );
        for l in [
            "Here is the code:",
            "php",
            "version 1.2.3",
            "e.g.",
            "https://x.io/a.py",
            "and/or",
            "...",
            "Output:",
        ] {
            assert_eq!(path_line(l), None, "{l}");
        }
    }

    #[test]
    fn sentences_and_info_strings() {
        assert_eq!(
            sentence_path("idea_implementation: Create or update the file generated_1.sql with this complete content:"),
            Some("generated_1.sql".into())
        );
        assert_eq!(sentence_path("Here is the updated code:"), None);
        assert_eq!(
            sentence_path("Make sure `self.style` is always a string:"),
            None
        );
        assert_eq!(
            sentence_path("Update `config/app.settings` like this:"),
            Some("config/app.settings".into())
        );
        assert_eq!(info_path("python src/a.py"), Some("src/a.py".into()));
        assert_eq!(info_path("src/a.py (1-10)"), Some("src/a.py".into()));
        assert_eq!(info_path("js title=\"app.js\""), Some("app.js".into()));
        assert_eq!(info_path("php"), None);
        assert_eq!(info_path("python:src/app.py"), Some("src/app.py".into()));
        assert_eq!(info_path("src/app.py:12"), Some("src/app.py".into()));
        assert_eq!(comment_path("# path: src/a.py"), Some("src/a.py".into()));
        assert_eq!(comment_path("// src/app.js"), Some("src/app.js".into()));
        assert_eq!(comment_path("# compute the total"), None);
    }

    #[test]
    fn unsafe_paths_are_refused() {
        let root = tempfile::tempdir().unwrap();
        assert!(resolve(root.path(), "src/a.py").is_ok());
        assert!(resolve(root.path(), "src/../a.py").is_ok());
        for bad in [
            "../a.py",
            "/etc/passwd",
            ".git/hooks/pre-commit",
            "src/../../a.py",
            "C:\\x.py",
            "~/x.py",
        ] {
            assert!(resolve(root.path(), bad).is_err(), "{bad}");
        }
        let outside = tempfile::tempdir().unwrap();
        std::os::unix::fs::symlink(outside.path(), root.path().join("link")).unwrap();
        assert!(resolve(root.path(), "link/x.py").is_err());
    }
}
