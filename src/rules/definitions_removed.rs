//! # definitions-removed
//!
//! Definitions the previous version had are gone: functions, classes,
//! methods of classes that survive, and SQL tables, views, functions,
//! procedures, indexes, triggers, types, sequences, schemas, domains.
//!
//! **Why.** Asked to change one function, models regenerate the whole file
//! and silently drop others. The file still parses, so nothing else notices
//! until the missing function is called.
//!
//! **How.** Only with a previous version (`HEAD`, the merge base, or
//! `--previous`) that differs from the file. Both versions go through the
//! language's `grammars/<lang>/queries/definitions.scm` (tree-sitter), over
//! the units its backend names (the whole file; SQL statement by statement,
//! with a lexical `CREATE ... name` fallback for statements tree-sitter
//! cannot read). A definition of the previous version whose kind and name
//! (case-insensitively) the new one lacks is reported with its old line,
//! one finding per definition (about the whole file: the definition has no
//! place in the new version); a definition whose body reappears under another
//! name is reported as renamed. A method of a class that is itself gone is
//! covered by the class. Set to `off`, the rule costs nothing: neither
//! version is parsed for it.
//!
//! **Leaves alone.** Files without a previous version; definitions that
//! moved within the file; nested functions and local classes.
//!
//! **Example.** The previous version had `def refund(order):` at line 42;
//! the new one has no `refund`: "function `refund` (line 42 in HEAD) is gone
//! from this version".

use std::time::Duration;

use tree_sitter::{Query, QueryCursor, StreamingIterator};

use crate::diagnostic::{Finding, LineIndex, Severity};
use crate::language::Language;
use crate::rules::{Rule, RuleMeta};

pub const META: RuleMeta = RuleMeta {
    id: "definitions-removed",
    severity: Severity::Warning,
    summary: "top-level definitions present in the previous version are gone",
    sarif_name: "DefinitionsRemoved",
    tags: &["correctness", "generated-code"],
};

/// One definition of a file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Definition {
    /// function, class, method, table, view, ...
    pub kind: String,
    /// `Class.method` for methods.
    pub name: String,
    /// 1-based line of the definition.
    pub line: usize,
    /// Where the whole definition is in the file's text.
    pub span: std::ops::Range<usize>,
    /// The name as the definition writes it (`method`, not `Class.method`).
    pub short: String,
}

impl Definition {
    /// The definition's text in `text` (the file it was found in) with its
    /// name removed and white space collapsed, to recognise a renamed
    /// definition; computed only for definitions that are gone and their
    /// candidates.
    fn body(&self, text: &str) -> String {
        text.get(self.span.clone())
            .unwrap_or_default()
            .replacen(&self.short, "", 1)
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    }
}

/// The compiled `definitions` query of `lang`, built once per process:
/// compiling a query costs far more than running it.
fn query(lang: Language) -> Option<&'static Query> {
    const N: usize = Language::ALL.len();
    static QUERIES: [std::sync::OnceLock<Option<Query>>; N] =
        [const { std::sync::OnceLock::new() }; N];
    let i = Language::ALL.iter().position(|l| *l == lang)?;
    QUERIES[i]
        .get_or_init(|| {
            lang.queries()
                .iter()
                .find(|(n, _)| *n == "definitions")
                .and_then(|(_, src)| Query::new(&lang.tree_sitter()?, src).ok())
        })
        .as_ref()
}

fn run_query(
    lang: Language,
    query: &Query,
    text: &str,
    base: usize,
    index: &LineIndex,
    full: &str,
    out: &mut Vec<Definition>,
) -> bool {
    let Ok(tree) = crate::parse::parse(lang, text, Duration::from_millis(500)) else {
        return false;
    };
    let names = query.capture_names();
    let mut cursor = QueryCursor::new();
    let mut matches = cursor.matches(query, tree.root_node(), text.as_bytes());
    let mut found = false;
    while let Some(m) = matches.next() {
        let mut name = None;
        let mut class = None;
        let mut def = None;
        for c in m.captures() {
            let cap = names[c.index as usize];
            let node_text = &text[c.node.byte_range()];
            if cap == "name" {
                name = Some(node_text.to_string());
            } else if cap == "class" {
                class = Some(node_text.to_string());
            } else if let Some(kind) = cap.strip_prefix("definition.") {
                def = Some((kind.to_string(), c.node.byte_range()));
            }
        }
        if let (Some(name), Some((kind, range))) = (name, def) {
            if tree.root_node().has_error() && text[range.clone()].trim().is_empty() {
                continue;
            }
            let qualified = match class {
                Some(c) => format!("{c}.{name}"),
                None => name.clone(),
            };
            out.push(Definition {
                kind,
                line: index.position(full, base + range.start).line,
                span: base + range.start..base + range.end,
                short: name,
                name: qualified,
            });
            found = true;
        }
    }
    found
}

/// The definitions of `text`, found with `grammars/<lang>/queries/definitions.scm`
/// over the units its backend names (the whole text, or SQL's statements),
/// and the backend's lexical fallback for a unit the query finds nothing in.
pub fn definitions(lang: Language, text: &str) -> Vec<Definition> {
    if let Some(defs) = lang.backend().and_then(|b| b.definitions(text)) {
        return defs;
    }
    query_definitions(lang, text)
}

/// [`definitions`] through the tree-sitter query only.
pub fn query_definitions(lang: Language, text: &str) -> Vec<Definition> {
    let (Some(query), Some(backend)) = (query(lang), lang.backend()) else {
        return Vec::new();
    };
    let index = LineIndex::new(text);
    let mut out = Vec::new();
    match backend.definition_units(text) {
        None => {
            run_query(lang, query, text, 0, &index, text, &mut out);
        }
        Some((masked, units)) => {
            for unit in units {
                let body = &masked[unit.clone()];
                if !run_query(lang, query, body, unit.start, &index, text, &mut out) {
                    if let Some((kind, name, at)) = backend.lexical_definition(body) {
                        out.push(Definition {
                            kind,
                            line: index.position(text, unit.start + at).line,
                            span: unit.clone(),
                            short: name.clone(),
                            name,
                        });
                    }
                }
            }
        }
    }
    out
}

/// `definitions-removed` findings: definitions of the previous version the
/// new one lacks, each with its old line; a definition whose body reappears
/// under another name is reported as renamed.
/// `new_definitions`: those of `new`, when its backend already found them
/// (see [`crate::lang::FileContext::definitions`]).
pub fn find(
    lang: Language,
    old: &str,
    new: &str,
    new_definitions: Option<Vec<Definition>>,
    previous: &str,
) -> Vec<Finding> {
    let before = definitions(lang, old);
    if before.is_empty() {
        return Vec::new();
    }
    let after = new_definitions.unwrap_or_else(|| definitions(lang, new));
    let key = |d: &Definition| (d.kind.clone(), d.name.to_ascii_lowercase());
    let after_keys: std::collections::HashSet<_> = after.iter().map(key).collect();
    let before_keys: std::collections::HashSet<_> = before.iter().map(key).collect();
    let surviving_classes: std::collections::HashSet<&str> = after
        .iter()
        .filter(|d| d.kind == "class")
        .map(|d| d.name.as_str())
        .collect();
    let mut out = Vec::new();
    for d in &before {
        if after_keys.contains(&key(d)) {
            continue;
        }
        // A method of a class that is itself gone is covered by the class.
        if d.kind == "method" {
            let class = d.name.split('.').next().unwrap_or("");
            if !surviving_classes.contains(class) {
                continue;
            }
        }
        // Bodies only now, for what is gone: most edits remove nothing.
        let body = d.body(old);
        let renamed = after.iter().find(|a| {
            a.kind == d.kind
                && !before_keys.contains(&key(a))
                && !body.is_empty()
                && a.body(new) == body
        });
        let message = match renamed {
            Some(a) => format!(
                "{} `{}` (line {} in {previous}) is gone; its body is now `{}` (line {}): renamed?",
                d.kind, d.name, d.line, a.name, a.line
            ),
            None => format!(
                "{} `{}` (line {} in {previous}) is gone from this version",
                d.kind, d.name, d.line
            ),
        };
        out.push(Finding::new(Rule::DefinitionsRemoved, None, message));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn python_definitions_and_methods() {
        let src = "import os\n\n@dec\ndef f(x):\n    return x\n\nclass A:\n    def m(self):\n        pass\n\n    @property\n    def p(self):\n        return 1\n";
        let defs = definitions(Language::Python, src);
        let names: Vec<_> = defs
            .iter()
            .map(|d| (d.kind.as_str(), d.name.as_str(), d.line))
            .collect();
        assert!(names.contains(&("function", "f", 3)), "{names:?}");
        assert!(names.contains(&("class", "A", 7)));
        assert!(names.contains(&("method", "A.m", 8)));
        assert!(names.contains(&("method", "A.p", 11)));
    }

    /// Python's definitions come from ruff's parse, not the query: the two
    /// must agree on every valid Python file of the fixtures and held-out
    /// corpora (kinds, names and lines, in order).
    #[test]
    fn python_backend_definitions_are_the_querys() {
        fn walk(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
            let Ok(entries) = std::fs::read_dir(dir) else {
                return;
            };
            for e in entries.flatten() {
                let p = e.path();
                if p.is_dir() {
                    walk(&p, out);
                } else if p.extension().is_some_and(|x| x == "py") {
                    out.push(p);
                }
            }
        }
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut files = Vec::new();
        walk(&root.join("fixtures"), &mut files);
        walk(&root.join("holdout"), &mut files);
        let mut compared = 0;
        for f in &files {
            let Ok(text) = std::fs::read_to_string(f) else {
                continue;
            };
            if !crate::lang::python::syntax_errors(&text, false).is_empty() {
                continue;
            }
            // Spans may differ by a comment after the last statement
            // (tree-sitter's block takes it in): both versions of a file
            // are read the same way, so renames are still recognised.
            let key = |d: &Definition| (d.kind.clone(), d.name.clone(), d.line);
            let ours: Vec<_> = definitions(Language::Python, &text).iter().map(key).collect();
            let query: Vec<_> = query_definitions(Language::Python, &text)
                .iter()
                .map(key)
                .collect();
            assert_eq!(ours, query, "{}", f.display());
            compared += ours.len();
        }
        assert!(compared > 100, "only {compared} definitions compared");
    }

    #[test]
    fn sql_definitions_survive_unreadable_statements() {
        let src = "CREATE TABLE users (id int);\nCREATE OR REPLACE PROCEDURE sp_x() LANGUAGE plpgsql AS $$ BEGIN END $$;\nCREATE INDEX idx_u ON users (id);\n";
        let defs = definitions(Language::Sql, src);
        let names: Vec<_> = defs
            .iter()
            .map(|d| (d.kind.as_str(), d.name.as_str()))
            .collect();
        assert!(names.contains(&("table", "users")), "{names:?}");
        assert!(names.contains(&("procedure", "sp_x")), "{names:?}");
        assert!(names.contains(&("index", "idx_u")), "{names:?}");
    }

    #[test]
    fn removed_and_renamed() {
        let old = "def keep():\n    return 1\n\ndef gone():\n    return 2\n\ndef old_name(a):\n    return a * 42\n";
        let new = "def keep():\n    return 1\n\ndef new_name(a):\n    return a * 42\n";
        let f = find(Language::Python, old, new, None, "HEAD");
        assert_eq!(f.len(), 2, "{f:?}");
        assert!(f[0].message.contains("`gone` (line 4 in HEAD)"));
        assert!(f[1].message.contains("renamed"), "{}", f[1].message);
    }
}
