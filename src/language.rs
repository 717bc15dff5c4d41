//! The language registry.
//!
//! Languages are data: each one is described by `grammars/<lang>/language.toml`
//! (extensions, file names, shebangs, comment tokens), embedded in the binary at
//! build time. The linkage to the grammar crate is code: one enum with
//! exhaustive matches, so a half-added language does not compile.

use std::collections::BTreeMap;
use std::fmt;
use std::path::Path;
use std::sync::OnceLock;

use serde::Deserialize;

use crate::lang::{self, Backend, TellsFn};

/// The registry: one line per language. Each line names the enum variant,
/// the folder under `grammars/` (also the name used on the command line and
/// in JSON), the tree-sitter grammar, the content tells, and the backend
/// (`None`: recognised in content only, not checked). The macro makes the
/// enum and every match on it, so a language is added here and in its own
/// folders, nowhere else.
macro_rules! registry {
    ($($variant:ident: $dir:literal, $grammar:expr, $tells:path, $backend:expr;)*) => {
        /// Every language gencheck knows.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Language {
            $($variant,)*
        }

        impl Language {
            pub const ALL: &'static [Language] = &[$(Language::$variant,)*];

            /// The registry folder name, also the name used on the command line and in JSON.
            pub fn name(self) -> &'static str {
                match self {
                    $(Language::$variant => $dir,)*
                }
            }

            /// The embedded `language.toml`.
            fn manifest_source(self) -> &'static str {
                match self {
                    $(Language::$variant => include_str!(concat!("../grammars/", $dir, "/language.toml")),)*
                }
            }

            /// The tree-sitter grammar (`None`: a language recognised by its
            /// tells alone, with no grammar built in).
            pub fn tree_sitter(self) -> Option<tree_sitter::Language> {
                match self {
                    $(Language::$variant => $grammar,)*
                }
            }

            /// The content tells of one line, for classification.
            pub fn tells(self) -> TellsFn {
                match self {
                    $(Language::$variant => $tells,)*
                }
            }

            /// The backend of a checked language.
            pub fn backend(self) -> Option<&'static dyn Backend> {
                match self {
                    $(Language::$variant => $backend,)*
                }
            }
        }
    };
}

registry! {
    Python: "python", Some(tree_sitter_python::LANGUAGE.into()), lang::python::tells, Some(&lang::python::BACKEND);
    Sql: "sql", Some(tree_sitter_sequel::LANGUAGE.into()), lang::sql::tells, Some(&lang::sql::BACKEND);
    JavaScript: "javascript", Some(tree_sitter_javascript::LANGUAGE.into()), lang::javascript::tells, Some(&lang::javascript::JAVASCRIPT);
    TypeScript: "typescript", Some(tree_sitter_typescript::LANGUAGE_TYPESCRIPT.into()), lang::typescript::tells, Some(&lang::javascript::TYPESCRIPT);
    Tsx: "tsx", Some(tree_sitter_typescript::LANGUAGE_TSX.into()), lang::typescript::tsx_tells, Some(&lang::javascript::TSX);
    Json: "json", Some(tree_sitter_json::LANGUAGE.into()), lang::json::tells, Some(&lang::json::BACKEND);
    Jsonc: "jsonc", Some(tree_sitter_json::LANGUAGE.into()), lang::json::jsonc_tells, Some(&lang::json::JSONC_BACKEND);
    Json5: "json5", Some(tree_sitter_json::LANGUAGE.into()), lang::json::jsonc_tells, Some(&lang::json::JSON5_BACKEND);
    Toml: "toml", Some(tree_sitter_toml_ng::LANGUAGE.into()), lang::toml::tells, Some(&lang::toml::BACKEND);
    Yaml: "yaml", Some(tree_sitter_yaml::LANGUAGE.into()), lang::yaml::tells, Some(&lang::yaml::BACKEND);
    Shell: "shell", Some(tree_sitter_bash::LANGUAGE.into()), lang::shell::tells, Some(&lang::shell::BACKEND);
    Css: "css", Some(tree_sitter_css::LANGUAGE.into()), lang::css::tells, Some(&lang::css::BACKEND);
    Html: "html", Some(tree_sitter_html::LANGUAGE.into()), lang::html::tells, None;
    Markdown: "markdown", Some(tree_sitter_md::LANGUAGE.into()), lang::markdown::tells, Some(&lang::markdown::BACKEND);
    Go: "go", None, lang::recognised::go::tells, None;
    Rust: "rust", None, lang::recognised::rust::tells, None;
    Java: "java", None, lang::recognised::java::tells, None;
    CSharp: "csharp", None, lang::recognised::csharp::tells, None;
    Php: "php", None, lang::recognised::php::tells, None;
    Ruby: "ruby", None, lang::recognised::ruby::tells, None;
    C: "c", None, lang::recognised::c::tells, None;
    Kotlin: "kotlin", None, lang::recognised::kotlin::tells, None;
    Dockerfile: "dockerfile", None, lang::recognised::dockerfile::tells, None;
    Dotenv: "dotenv", None, lang::recognised::dotenv::tells, None;
    Ini: "ini", None, lang::recognised::ini::tells, None;
    Xml: "xml", None, lang::recognised::xml::tells, None;
    Makefile: "makefile", None, lang::recognised::makefile::tells, None;
    Hcl: "hcl", None, lang::recognised::hcl::tells, None;
    PowerShell: "powershell", None, lang::recognised::powershell::tells, None;
    Nginx: "nginx", None, lang::recognised::nginx::tells, None;
    Properties: "properties", None, lang::recognised::properties::tells, None;
    Perl: "perl", None, lang::recognised::perl::tells, None;
    GraphQl: "graphql", None, lang::recognised::graphql::tells, None;
    Protobuf: "protobuf", None, lang::recognised::protobuf::tells, None;
    Scss: "scss", None, lang::recognised::scss::tells, None;
    Batch: "batch", None, lang::recognised::batch::tells, None;
    Csv: "csv", None, lang::recognised::csv::tells, None;
    Lua: "lua", None, lang::recognised::lua::tells, None;
    Swift: "swift", None, lang::recognised::swift::tells, None;
    R: "r", None, lang::recognised::r::tells, None;
    Elixir: "elixir", None, lang::recognised::elixir::tells, None;
    Dart: "dart", None, lang::recognised::dart::tells, None;
    Groovy: "groovy", None, lang::recognised::groovy::tells, None;
    Caddyfile: "caddyfile", None, lang::recognised::caddyfile::tells, None;
    Requirements: "requirements", None, lang::recognised::requirements::tells, None;
    Prisma: "prisma", None, lang::recognised::prisma::tells, None;
}

impl Language {
    /// The backend's tree-sitter queries, by name (`definitions` for
    /// `grammars/<lang>/queries/definitions.scm`).
    pub fn queries(self) -> &'static [(&'static str, &'static str)] {
        self.backend().map_or(&[], |b| b.queries())
    }

    /// Whether content of `other` is valid in this language (itself, or a
    /// language its manifest `includes`).
    pub fn includes(self, other: Language) -> bool {
        self == other || self.spec().includes.iter().any(|n| n == other.name())
    }

    /// Whether lines of `other` appear inside this language's valid code.
    pub fn embeds(self, other: Language) -> bool {
        self.spec().embeds.iter().any(|n| n == other.name())
    }

    /// Whether files of this language are checked: it has a backend (a
    /// strict verdict). Other languages are only recognised in content.
    pub fn is_checked(self) -> bool {
        self.backend().is_some()
    }

    pub fn from_name(name: &str) -> Option<Language> {
        let lower = name.to_ascii_lowercase();
        Language::ALL
            .iter()
            .copied()
            .find(|l| l.name() == lower || l.spec().aliases().any(|a| a == lower))
    }

    /// The parsed manifest. Panics only if an embedded manifest is invalid,
    /// which the registry test rules out.
    pub fn spec(self) -> &'static LanguageSpec {
        static SPECS: OnceLock<Vec<LanguageSpec>> = OnceLock::new();
        let specs = SPECS.get_or_init(|| {
            Language::ALL
                .iter()
                .map(|l| {
                    toml::from_str(l.manifest_source()).unwrap_or_else(|e| {
                        panic!("grammars/{}/language.toml is invalid: {e}", l.name())
                    })
                })
                .collect()
        });
        &specs[Language::ALL.iter().position(|l| *l == self).unwrap()]
    }
}

impl fmt::Display for Language {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// The contents of a `language.toml`.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct LanguageSpec {
    pub name: String,
    pub display_name: String,
    pub extensions: Vec<String>,
    #[serde(default)]
    pub file_names: Vec<String>,
    /// Globs over the file name, or with a `/` over the end of the path
    /// (`.vscode/*.json`), checked after `file-names`, before extensions.
    #[serde(default)]
    pub file_globs: Vec<String>,
    #[serde(default)]
    pub shebangs: Vec<String>,
    pub comment_tokens: Vec<String>,
    #[serde(default)]
    pub block_comment_tokens: Vec<(String, String)>,
    #[serde(default)]
    pub empty_ok: Vec<String>,
    #[serde(default)]
    pub dialect_by_extension: BTreeMap<String, String>,
    #[serde(default)]
    pub aliases: Vec<String>,
    /// Languages whose content is valid in this one (TypeScript holds
    /// JavaScript): a file of this language with their content is no
    /// mismatch.
    #[serde(default)]
    pub includes: Vec<String>,
    /// Languages whose lines appear inside this one's valid code (JSX holds
    /// HTML tags): one is named only when the file's first line is its own.
    #[serde(default)]
    pub embeds: Vec<String>,
}

impl LanguageSpec {
    fn aliases(&self) -> impl Iterator<Item = &str> {
        self.aliases.iter().map(String::as_str)
    }
}

/// Each language's `file-globs`, compiled once: (language, set over the
/// file name, set over the whole path).
fn file_globs() -> &'static [(Language, globset::GlobSet, globset::GlobSet)] {
    static GLOBS: OnceLock<Vec<(Language, globset::GlobSet, globset::GlobSet)>> = OnceLock::new();
    GLOBS.get_or_init(|| {
        Language::ALL
            .iter()
            .copied()
            .filter(|l| !l.spec().file_globs.is_empty())
            .map(|l| {
                let mut by_name = globset::GlobSetBuilder::new();
                let mut by_path = globset::GlobSetBuilder::new();
                for g in &l.spec().file_globs {
                    let (set, pattern) = if g.contains('/') {
                        (&mut by_path, format!("**/{}", g.trim_start_matches("**/")))
                    } else {
                        (&mut by_name, g.clone())
                    };
                    let glob = globset::GlobBuilder::new(&pattern)
                        .literal_separator(true)
                        .build()
                        .unwrap_or_else(|e| {
                            panic!("grammars/{}/language.toml: file-globs: {e}", l.name())
                        });
                    set.add(glob);
                }
                let build = |b: globset::GlobSetBuilder| {
                    b.build().unwrap_or_else(|e| {
                        panic!("grammars/{}/language.toml: file-globs: {e}", l.name())
                    })
                };
                (l, build(by_name), build(by_path))
            })
            .collect()
    })
}

/// What every file name a `file-globs` entry matches ends with: the glob's
/// text after its last wildcard (`.json` for `tsconfig*.json`; empty, which
/// every name ends with, for a glob that ends in one).
fn glob_endings() -> &'static [String] {
    static ENDINGS: OnceLock<Vec<String>> = OnceLock::new();
    ENDINGS.get_or_init(|| {
        let mut endings: Vec<String> = Language::ALL
            .iter()
            .flat_map(|l| l.spec().file_globs.iter())
            .map(|g| literal_ending(g).to_string())
            .collect();
        endings.sort();
        endings.dedup();
        endings
    })
}

/// The literal text at the end of glob `g`, after its last special
/// character (`* ? [ ] { } \\`), which a matching name ends with.
fn literal_ending(g: &str) -> &str {
    let last = g.rfind(['*', '?', '[', ']', '{', '}', '\\', '/']);
    last.map_or(g, |i| &g[i + 1..])
}

/// `path` made absolute against the working directory (read once: gencheck
/// never changes it), `/`-separated: path globs (`.vscode/*.json`) look at
/// the directories, and a path given from inside one still sits in it.
fn absolute(path: &Path) -> String {
    let joined = match crate::source::working_dir() {
        Some(cwd) if path.is_relative() => cwd.join(path),
        _ => path.to_path_buf(),
    };
    joined.to_string_lossy().replace('\\', "/")
}

/// The language a path implies: exact file name first, then the file
/// globs, then extension.
pub fn language_for_path(path: &Path) -> Option<Language> {
    let file_name = path.file_name()?.to_str()?;
    if let Some(lang) = Language::ALL
        .iter()
        .copied()
        .find(|l| l.spec().file_names.iter().any(|n| n == file_name))
    {
        return Some(lang);
    }
    // Compiling the globs costs more than checking a small file: only a
    // name that ends as one of them does may match one.
    if glob_endings().iter().any(|end| file_name.ends_with(end)) {
        if let Some((lang, _, _)) = file_globs().iter().find(|(_, by_name, by_path)| {
            by_name.is_match(file_name) || by_path.is_match(absolute(path).as_str())
        }) {
            return Some(*lang);
        }
    }
    let ext = path.extension()?.to_str()?.to_ascii_lowercase();
    Language::ALL
        .iter()
        .copied()
        .find(|l| l.spec().extensions.contains(&ext))
}

/// The language a `#!` line names (`#!/usr/bin/env python3`, `#!/usr/bin/python3.11 -u`).
pub fn language_for_shebang(first_line: &[u8]) -> Option<Language> {
    let line = first_line.strip_prefix(b"#!")?;
    let line = std::str::from_utf8(line).ok()?.trim();
    let mut words = line.split_whitespace();
    let mut program = words.next()?.rsplit('/').next()?;
    if program == "env" {
        // Skip env's options (`env -S python3 -u`).
        program = words.find(|w| !w.starts_with('-') && !w.contains('='))?;
    }
    let program = program.trim_end_matches(|c: char| c.is_ascii_digit() || c == '.');
    Language::ALL.iter().copied().find(|l| {
        l.spec()
            .shebangs
            .iter()
            .any(|s| s.trim_end_matches(|c: char| c.is_ascii_digit() || c == '.') == program)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_glob_ends_with_its_literal_text() {
        assert_eq!(literal_ending("tsconfig*.json"), ".json");
        assert_eq!(literal_ending(".devcontainer/**/*.json"), ".json");
        assert_eq!(literal_ending("*.code-profile"), ".code-profile");
        assert_eq!(literal_ending("Makefile"), "Makefile");
        assert_eq!(literal_ending("conf/app.json"), "app.json");
        assert_eq!(literal_ending("*.{yml,yaml}"), "");
        assert_eq!(literal_ending("x[0-9]"), "");
        for (name, lang) in [
            ("tsconfig.base.json", Language::Jsonc),
            (".vscode/settings.json", Language::Jsonc),
            ("a.code-profile", Language::Jsonc),
            ("package.json", Language::Json),
            ("tsconfig.py", Language::Python),
        ] {
            assert_eq!(language_for_path(Path::new(name)), Some(lang), "{name}");
        }
    }

    #[test]
    fn every_manifest_parses_and_names_its_folder() {
        for lang in Language::ALL {
            assert_eq!(lang.spec().name, lang.name());
        }
    }

    #[test]
    fn paths_and_shebangs() {
        assert_eq!(
            language_for_path(Path::new("a/b.PY")),
            Some(Language::Python)
        );
        assert_eq!(language_for_path(Path::new("x.pgsql")), Some(Language::Sql));
        assert_eq!(
            language_for_path(Path::new("SConstruct")),
            Some(Language::Python)
        );
        assert_eq!(language_for_path(Path::new("x.rs")), None);
        assert_eq!(language_for_path(Path::new("x.json")), Some(Language::Json));
        assert!(Language::Json.is_checked());
        for jsonc in [
            "tsconfig.json",
            "packages/app/tsconfig.build.json",
            ".vscode/settings.json",
            "/home/u/p/.vscode/launch.json",
            "p/.devcontainer/devcontainer.json",
            "p/.devcontainer/python/x.json",
            "a.jsonc",
            ".eslintrc.json",
        ] {
            assert_eq!(
                language_for_path(Path::new(jsonc)),
                Some(Language::Jsonc),
                "{jsonc}"
            );
        }
        for json in [
            "package.json",
            "vscode/config.json",
            "x.vscode/a.json",
            "a/b.jsonl",
        ] {
            assert_eq!(
                language_for_path(Path::new(json)),
                Some(Language::Json),
                "{json}"
            );
        }
        assert!(Language::Sql.is_checked());
        assert_eq!(
            language_for_shebang(b"#!/usr/bin/env python3"),
            Some(Language::Python)
        );
        assert_eq!(
            language_for_shebang(b"#!/usr/bin/python3.11 -u"),
            Some(Language::Python)
        );
        assert_eq!(
            language_for_shebang(b"#!/usr/bin/env -S python3 -X dev"),
            Some(Language::Python)
        );
        assert_eq!(language_for_shebang(b"#!/bin/sh"), Some(Language::Shell));
        assert_eq!(language_for_shebang(b"#!/usr/bin/perl"), None);
    }
}
