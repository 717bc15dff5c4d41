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

/// Every language gencheck knows. Adding a variant forces every `match` on
/// it to say how the language is parsed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Language {
    Python,
    Sql,
    JavaScript,
    TypeScript,
    Json,
    Yaml,
    Shell,
    Html,
    Markdown,
}

impl Language {
    pub const ALL: &'static [Language] = &[
        Language::Python,
        Language::Sql,
        Language::JavaScript,
        Language::TypeScript,
        Language::Json,
        Language::Yaml,
        Language::Shell,
        Language::Html,
        Language::Markdown,
    ];

    /// The registry folder name, also the name used on the command line and in JSON.
    pub fn name(self) -> &'static str {
        match self {
            Language::Python => "python",
            Language::Sql => "sql",
            Language::JavaScript => "javascript",
            Language::TypeScript => "typescript",
            Language::Json => "json",
            Language::Yaml => "yaml",
            Language::Shell => "shell",
            Language::Html => "html",
            Language::Markdown => "markdown",
        }
    }

    /// The embedded `language.toml`.
    fn manifest_source(self) -> &'static str {
        match self {
            Language::Python => include_str!("../grammars/python/language.toml"),
            Language::Sql => include_str!("../grammars/sql/language.toml"),
            Language::JavaScript => include_str!("../grammars/javascript/language.toml"),
            Language::TypeScript => include_str!("../grammars/typescript/language.toml"),
            Language::Json => include_str!("../grammars/json/language.toml"),
            Language::Yaml => include_str!("../grammars/yaml/language.toml"),
            Language::Shell => include_str!("../grammars/shell/language.toml"),
            Language::Html => include_str!("../grammars/html/language.toml"),
            Language::Markdown => include_str!("../grammars/markdown/language.toml"),
        }
    }

    /// The embedded query files, by name (`definitions` for `queries/definitions.scm`).
    pub fn queries(self) -> &'static [(&'static str, &'static str)] {
        match self {
            Language::Python => &[(
                "definitions",
                include_str!("../grammars/python/queries/definitions.scm"),
            )],
            Language::Sql => &[(
                "definitions",
                include_str!("../grammars/sql/queries/definitions.scm"),
            )],
            Language::JavaScript
            | Language::TypeScript
            | Language::Json
            | Language::Yaml
            | Language::Shell
            | Language::Html
            | Language::Markdown => &[],
        }
    }

    /// The tree-sitter grammar.
    pub fn tree_sitter(self) -> tree_sitter::Language {
        match self {
            Language::Python => tree_sitter_python::LANGUAGE.into(),
            Language::Sql => tree_sitter_sequel::LANGUAGE.into(),
            Language::JavaScript => tree_sitter_javascript::LANGUAGE.into(),
            Language::TypeScript => tree_sitter_typescript::LANGUAGE_TYPESCRIPT.into(),
            Language::Json => tree_sitter_json::LANGUAGE.into(),
            Language::Yaml => tree_sitter_yaml::LANGUAGE.into(),
            Language::Shell => tree_sitter_bash::LANGUAGE.into(),
            Language::Html => tree_sitter_html::LANGUAGE.into(),
            Language::Markdown => tree_sitter_md::LANGUAGE.into(),
        }
    }

    /// Whether files of this language are checked (a strict verdict exists),
    /// or the grammar only recognises content.
    pub fn is_checked(self) -> bool {
        self.spec().role == Role::Check
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
/// What gencheck does with a language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Role {
    /// Files of this language are checked.
    Check,
    /// The grammar only recognises content in other files (language-mismatch).
    Classify,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct LanguageSpec {
    pub name: String,
    pub display_name: String,
    pub role: Role,
    pub extensions: Vec<String>,
    #[serde(default)]
    pub file_names: Vec<String>,
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
}

impl LanguageSpec {
    fn aliases(&self) -> impl Iterator<Item = &str> {
        self.aliases.iter().map(String::as_str)
    }
}

/// The language a path implies: exact file name first, then extension.
pub fn language_for_path(path: &Path) -> Option<Language> {
    let file_name = path.file_name()?.to_str()?;
    if let Some(lang) = Language::ALL
        .iter()
        .copied()
        .find(|l| l.spec().file_names.iter().any(|n| n == file_name))
    {
        return Some(lang);
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
        assert!(!Language::Json.is_checked());
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
