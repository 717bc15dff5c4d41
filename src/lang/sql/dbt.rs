//! The dbt project a SQL file belongs to: the nearest `dbt_project.yml`
//! upward from the file's directory gives the dialect (its profile's
//! adapter `type`, from `profiles.yml` where dbt looks for it) and the
//! project's own macros (`macro-paths`, default `macros/`), which templated
//! files of the project are rendered with.
//!
//! Read once per project and kept for the process (a hook checks many
//! models of one project).

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, OnceLock};

use saphyr_parser::{Event, Parser};

use super::template::ProjectMacros;
use super::Dialect;
use crate::lang::nearest::{nearest, Step};

/// Macro files read per project at most, and their bytes in all: a project
/// past these is read only up to them.
const MAX_MACRO_FILES: usize = 2_000;
const MAX_MACRO_BYTES: usize = 8 << 20;

/// A dbt project, as far as checking its SQL goes.
#[derive(Debug, Default)]
pub struct Project {
    pub root: PathBuf,
    /// The dialect of the profile's target, when `profiles.yml` is found
    /// and its adapter `type` is a dialect gencheck knows.
    pub dialect: Option<Dialect>,
    /// The macro directories (`macro-paths`), relative to the root.
    pub macro_paths: Vec<String>,
    macros: OnceLock<ProjectMacros>,
}

impl Project {
    /// A project whose macro files are given rather than read from its
    /// directory (the `dbt_template` fuzz target's).
    pub fn with_macros(
        root: PathBuf,
        macro_paths: Vec<String>,
        dialect: Option<Dialect>,
        sources: &[String],
    ) -> Project {
        let macros = OnceLock::new();
        let _ = macros.set(ProjectMacros::new(sources));
        Project {
            root,
            dialect,
            macro_paths,
            macros,
        }
    }

    /// The project's macros, read as templates the first time they are needed.
    pub(crate) fn macros(&self) -> &ProjectMacros {
        self.macros
            .get_or_init(|| ProjectMacros::new(&read_macros(&self.root, &self.macro_paths)))
    }

    /// A file in `dir` is one of the project's macro files: what it renders
    /// at its top level is never run, only its macros are.
    pub fn holds_macros(&self, dir: &Path) -> bool {
        // (An empty `dir` is the working directory.)
        let Some(dir) = crate::source::resolver().canonical(dir) else {
            return false;
        };
        self.macro_paths
            .iter()
            .any(|m| dir.starts_with(self.root.join(m)))
    }
}

/// A little YAML tree: enough to read two settings files.
#[derive(Debug)]
enum Node {
    Map(Vec<(String, Node)>),
    Seq(Vec<Node>),
    Scalar(String),
}

impl Node {
    fn get(&self, key: &str) -> Option<&Node> {
        match self {
            Node::Map(entries) => entries.iter().rev().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }
    fn text(&self) -> Option<&str> {
        match self {
            Node::Scalar(s) => Some(s.trim()),
            _ => None,
        }
    }
}

/// The first document of `text` as a tree; `None` when it does not parse.
fn load(text: &str) -> Option<Node> {
    enum Frame {
        Map(Vec<(String, Node)>, Option<String>),
        Seq(Vec<Node>),
    }
    let mut stack: Vec<Frame> = Vec::new();
    let mut root = None;
    let push = |stack: &mut Vec<Frame>, node: Node, root: &mut Option<Node>| match stack.last_mut()
    {
        None => *root = Some(node),
        Some(Frame::Seq(items)) => items.push(node),
        Some(Frame::Map(entries, key)) => match key.take() {
            Some(k) => entries.push((k, node)),
            None => {
                // A key: only scalar keys are kept.
                *key = Some(match node {
                    Node::Scalar(s) => s,
                    _ => String::new(),
                });
            }
        },
    };
    for item in Parser::new_from_str(text) {
        let (event, _) = item.ok()?;
        match event {
            Event::Scalar(v, ..) => push(&mut stack, Node::Scalar(v.into_owned()), &mut root),
            Event::Alias(_) => push(&mut stack, Node::Scalar(String::new()), &mut root),
            Event::SequenceStart(..) => stack.push(Frame::Seq(Vec::new())),
            Event::MappingStart(..) => stack.push(Frame::Map(Vec::new(), None)),
            Event::SequenceEnd | Event::MappingEnd => {
                let node = match stack.pop()? {
                    Frame::Seq(items) => Node::Seq(items),
                    Frame::Map(entries, _) => Node::Map(entries),
                };
                push(&mut stack, node, &mut root);
            }
            Event::DocumentEnd | Event::StreamEnd => break,
            _ => {}
        }
    }
    root
}

/// The dialect of a dbt adapter `type`.
pub fn adapter_dialect(kind: &str) -> Option<Dialect> {
    let name = match kind.trim().to_ascii_lowercase().as_str() {
        "postgres" | "postgresql" | "materialize" | "alloydb" => "postgres",
        "redshift" => "redshift",
        "snowflake" => "snowflake",
        "bigquery" => "bigquery",
        "databricks" => "databricks",
        "spark" => "spark",
        "duckdb" | "motherduck" => "duckdb",
        "sqlserver" | "synapse" | "fabric" | "fabricspark" => "mssql",
        "mysql" | "mysql5" | "mariadb" | "tidb" | "singlestore" => "mysql",
        "clickhouse" => "clickhouse",
        "sqlite" => "sqlite",
        "oracle" => "oracle",
        "teradata" => "teradata",
        "hive" | "impala" => "hive",
        // trino, athena, presto, dremio, ...: no engine here knows them.
        _ => return None,
    };
    Dialect::from_name(name)
}

/// The dialect of the project's profile: `profiles.yml` in
/// `$DBT_PROFILES_DIR`, the project's root, then `~/.dbt/` (dbt's own
/// order, the command line's `--profiles-dir` aside); the profile's
/// `target` (default `dev`), that output's `type`.
fn profile_dialect(root: &Path, profile: &str) -> Option<Dialect> {
    let mut dirs: Vec<PathBuf> = Vec::new();
    if let Some(d) = std::env::var_os("DBT_PROFILES_DIR") {
        dirs.push(PathBuf::from(d));
    }
    dirs.push(root.to_path_buf());
    if let Some(home) = std::env::var_os("HOME") {
        dirs.push(PathBuf::from(home).join(".dbt"));
    }
    for dir in dirs {
        let path = dir.join("profiles.yml");
        let Ok(text) = std::fs::read_to_string(&path) else {
            continue;
        };
        let Some(tree) = load(&text) else {
            continue;
        };
        let Some(p) = tree.get(profile) else {
            continue;
        };
        let target = p.get("target").and_then(Node::text).unwrap_or("dev");
        let outputs = p.get("outputs")?;
        let output = outputs.get(target).or(match outputs {
            Node::Map(entries) if entries.len() == 1 => Some(&entries[0].1),
            _ => None,
        })?;
        let kind = output.get("type").and_then(Node::text)?;
        return adapter_dialect(kind);
    }
    None
}

fn read_project(root: &Path, text: &str) -> Project {
    let mut project = Project {
        root: root.to_path_buf(),
        ..Project::default()
    };
    let tree = load(text);
    if let Some(profile) = tree
        .as_ref()
        .and_then(|t| t.get("profile"))
        .and_then(Node::text)
    {
        project.dialect = profile_dialect(root, profile);
    }
    project.macro_paths = match tree.as_ref().and_then(|t| t.get("macro-paths")) {
        Some(Node::Seq(items)) => items
            .iter()
            .filter_map(Node::text)
            .map(str::to_string)
            .collect(),
        Some(Node::Scalar(s)) => vec![s.clone()],
        _ => vec!["macros".to_string()],
    };
    project
}

/// The sources of the project's macro files (`.sql` under its macro paths,
/// which stay inside the project), in name order, up to the limits.
fn read_macros(root: &Path, macro_paths: &[String]) -> Vec<String> {
    let mut out = Vec::new();
    let mut bytes = 0;
    for dir in macro_paths {
        if dir.split(['/', '\\']).any(|p| p == "..") || Path::new(dir).is_absolute() {
            continue;
        }
        let walker = ignore::WalkBuilder::new(root.join(dir))
            .standard_filters(false)
            .follow_links(false)
            .sort_by_file_name(|a, b| a.cmp(b))
            .build();
        for entry in walker.flatten() {
            let path = entry.path();
            if !entry.file_type().is_some_and(|t| t.is_file())
                || path.extension().and_then(|e| e.to_str()) != Some("sql")
            {
                continue;
            }
            if out.len() >= MAX_MACRO_FILES || bytes >= MAX_MACRO_BYTES {
                return out;
            }
            if let Ok(source) = std::fs::read_to_string(path) {
                bytes += source.len();
                out.push(source);
            }
        }
    }
    out
}

type Cache = Mutex<HashMap<PathBuf, Option<Arc<Project>>>>;

fn cache() -> &'static Cache {
    static CACHE: OnceLock<Cache> = OnceLock::new();
    CACHE.get_or_init(|| Mutex::new(HashMap::new()))
}

/// The dbt project `dir` is in: the nearest `dbt_project.yml` upward, not
/// past a repository's root (a directory holding `.git`).
pub fn project_of(dir: &Path) -> Option<Arc<Project>> {
    nearest(cache(), dir, |d| {
        if let Ok(text) = std::fs::read_to_string(d.join("dbt_project.yml")) {
            Step::Decided(Some(Arc::new(read_project(d, &text))))
        } else if d.join(".git").exists() {
            Step::Decided(None)
        } else {
            Step::Parent
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn profiles_name_the_dialect_of_their_target() {
        let t = load("jaffle:\n  target: prod\n  outputs:\n    dev:\n      type: duckdb\n    prod:\n      type: snowflake\n      account: x\n").unwrap();
        let p = t.get("jaffle").unwrap();
        assert_eq!(p.get("target").and_then(Node::text), Some("prod"));
        let kind = p
            .get("outputs")
            .and_then(|o| o.get("prod"))
            .and_then(|o| o.get("type"));
        assert_eq!(kind.and_then(Node::text), Some("snowflake"));
        assert_eq!(adapter_dialect("sqlserver"), Dialect::from_name("mssql"));
        assert_eq!(adapter_dialect("trino"), None);
    }
}
