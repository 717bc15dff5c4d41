//! `gencheck.toml` (or `[tool.gencheck]` in `pyproject.toml`), validated
//! into typed settings. An unknown key or a bad value is a run failure whose
//! message names the file, the line and what is allowed.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use globset::{Glob, GlobSet, GlobSetBuilder};
use serde::Deserialize;
use toml::Spanned;

use crate::diagnostic::Severity;
use crate::lang::sql::Dialect;
use crate::language::Language;
use crate::rules::Rule;

/// A configuration error: the file, the line, what is wrong and what is allowed.
#[derive(Debug, thiserror::Error)]
#[error("{path}:{line}: {message}")]
pub struct ConfigError {
    pub path: String,
    pub line: usize,
    pub message: String,
}

/// What a rule is set to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Level {
    Off,
    On(Severity),
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
struct RawConfig {
    #[serde(default)]
    exclude: Vec<Spanned<String>>,
    #[serde(default)]
    languages: BTreeMap<Spanned<String>, Vec<Spanned<String>>>,
    #[serde(default)]
    sql: Option<RawSql>,
    #[serde(default)]
    overrides: Vec<RawOverride>,
    #[serde(default)]
    rules: BTreeMap<Spanned<String>, Spanned<String>>,
    #[serde(default)]
    limits: Option<RawLimits>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
struct RawSql {
    dialect: Option<Spanned<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
struct RawOverride {
    files: Vec<Spanned<String>>,
    dialect: Option<Spanned<String>>,
    #[serde(default)]
    rules: BTreeMap<Spanned<String>, Spanned<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
struct RawLimits {
    max_file_bytes: Option<Spanned<i64>>,
    max_findings: Option<Spanned<i64>>,
    max_check_ms: Option<Spanned<i64>>,
}

/// `pyproject.toml`: only `[tool.gencheck]` is read; other tools' keys are theirs.
#[derive(Debug, Deserialize)]
struct Pyproject {
    tool: Option<PyprojectTool>,
}

#[derive(Debug, Deserialize)]
struct PyprojectTool {
    gencheck: Option<RawConfig>,
}

/// Per-glob settings; later overrides win.
#[derive(Debug, Clone)]
pub struct Override {
    files: GlobSet,
    pub dialect: Option<Dialect>,
    pub rules: Vec<(Rule, Level)>,
}

/// The validated configuration.
#[derive(Debug, Clone, Default)]
pub struct Config {
    /// The file it came from, if any.
    pub source: Option<PathBuf>,
    /// Globs are relative to this directory.
    pub root: PathBuf,
    exclude: Option<GlobSet>,
    languages: Vec<(GlobSet, Language)>,
    pub dialect: Option<Dialect>,
    overrides: Vec<Override>,
    pub rules: Vec<(Rule, Level)>,
    pub max_file_bytes: Option<u64>,
    pub max_findings: Option<usize>,
    pub max_check_ms: Option<u64>,
}

/// Settings that apply to one file.
#[derive(Debug, Clone, Default)]
pub struct FileSettings {
    pub language: Option<Language>,
    pub dialect: Option<Dialect>,
    /// In order; later entries win.
    pub rules: Vec<(Rule, Level)>,
}

impl FileSettings {
    pub fn level(&self, rule: Rule) -> Option<Level> {
        self.rules
            .iter()
            .rev()
            .find(|(r, _)| *r == rule)
            .map(|(_, l)| *l)
    }
}

fn line_of(text: &str, offset: usize) -> usize {
    text[..offset.min(text.len())].matches('\n').count() + 1
}

struct Ctx<'a> {
    path: &'a str,
    text: &'a str,
}

impl Ctx<'_> {
    fn err(&self, span: std::ops::Range<usize>, message: String) -> ConfigError {
        ConfigError {
            path: self.path.to_string(),
            line: line_of(self.text, span.start),
            message,
        }
    }

    fn globs(&self, globs: &[Spanned<String>], key: &str) -> Result<GlobSet, ConfigError> {
        let mut b = GlobSetBuilder::new();
        for g in globs {
            let glob = Glob::new(g.get_ref()).map_err(|e| {
                self.err(
                    g.span(),
                    format!("`{key}`: `{}` is not a valid glob: {e}", g.get_ref()),
                )
            })?;
            b.add(glob);
            // `dir/**` also matches the directory's files; `*.sql` matches at any depth.
            if !g.get_ref().contains('/') {
                if let Ok(deep) = Glob::new(&format!("**/{}", g.get_ref())) {
                    b.add(deep);
                }
            }
        }
        b.build()
            .map_err(|e| self.err(0..0, format!("`{key}`: {e}")))
    }

    fn dialect(&self, d: &Spanned<String>) -> Result<Dialect, ConfigError> {
        Dialect::from_name(d.get_ref()).ok_or_else(|| {
            self.err(
                d.span(),
                format!(
                    "unknown SQL dialect `{}` (allowed: {})",
                    d.get_ref(),
                    Dialect::names()
                ),
            )
        })
    }

    fn rules(
        &self,
        rules: &BTreeMap<Spanned<String>, Spanned<String>>,
    ) -> Result<Vec<(Rule, Level)>, ConfigError> {
        let mut out = Vec::new();
        for (id, level) in rules {
            let rule = Rule::from_id(id.get_ref()).ok_or_else(|| {
                let ids: Vec<&str> = Rule::ALL.iter().map(|r| r.id()).collect();
                self.err(
                    id.span(),
                    format!(
                        "unknown rule `{}` (rules: {})",
                        id.get_ref(),
                        ids.join(", ")
                    ),
                )
            })?;
            let level = match level.get_ref().as_str() {
                "off" => Level::Off,
                other => Level::On(other.parse::<Severity>().map_err(|_| {
                    self.err(
                        level.span(),
                        format!(
                            "rule `{}`: unknown severity `{other}` (allowed: off, info, warning, error)",
                            rule.id()
                        ),
                    )
                })?),
            };
            if rule == Rule::NotText && level != Level::On(Severity::Error) {
                return Err(self.err(
                    id.span(),
                    "rule `not-text` cannot be changed: an unreadable file cannot be checked"
                        .into(),
                ));
            }
            out.push((rule, level));
        }
        Ok(out)
    }

    fn positive(&self, v: &Spanned<i64>, key: &str) -> Result<u64, ConfigError> {
        u64::try_from(*v.get_ref())
            .ok()
            .filter(|n| *n > 0)
            .ok_or_else(|| self.err(v.span(), format!("`{key}` must be a positive whole number")))
    }
}

impl Config {
    /// Load `explicit`, or find `gencheck.toml` / `pyproject.toml` with
    /// `[tool.gencheck]` upward from `start`. No file means defaults.
    pub fn discover(explicit: Option<&Path>, start: &Path) -> Result<Config, ConfigError> {
        if let Some(path) = explicit {
            return Config::load(path);
        }
        let mut dir = Some(start);
        while let Some(d) = dir {
            let candidate = d.join("gencheck.toml");
            if candidate.is_file() {
                return Config::load(&candidate);
            }
            let py = d.join("pyproject.toml");
            if py.is_file() {
                // Ours only when it has a `tool.gencheck` table; then it must
                // be valid (UTF-8 included), as a gencheck.toml must.
                let bytes = std::fs::read(&py).map_err(|e| ConfigError {
                    path: py.display().to_string(),
                    line: 0,
                    message: format!("cannot read: {e}"),
                })?;
                if memchr::memmem::find(&bytes, b"tool.gencheck").is_some() {
                    return Config::load(&py);
                }
            }
            dir = d.parent();
        }
        Ok(Config {
            root: start.to_path_buf(),
            ..Config::default()
        })
    }

    pub fn load(path: &Path) -> Result<Config, ConfigError> {
        let shown = path.display().to_string();
        let bytes = std::fs::read(path).map_err(|e| ConfigError {
            path: shown.clone(),
            line: 0,
            message: format!("cannot read: {e}"),
        })?;
        let is_pyproject = path.file_name().is_some_and(|n| n == "pyproject.toml");
        let root = path
            .canonicalize()
            .ok()
            .and_then(|p| p.parent().map(Path::to_path_buf))
            .unwrap_or_else(|| PathBuf::from("."));
        let mut config = Config::from_bytes(&bytes, &shown, is_pyproject, root)?;
        config.source = Some(path.to_path_buf());
        Ok(config)
    }

    /// Parse and validate a configuration's bytes; `shown` names it in
    /// errors, `root` is the directory its globs are relative to.
    pub fn from_bytes(
        bytes: &[u8],
        shown: &str,
        is_pyproject: bool,
        root: PathBuf,
    ) -> Result<Config, ConfigError> {
        let shown = shown.to_string();
        let text = String::from_utf8(bytes.to_vec()).map_err(|e| {
            let at = e.utf8_error().valid_up_to();
            ConfigError {
                path: shown.clone(),
                line: line_of(&String::from_utf8_lossy(&e.into_bytes()[..at]), at),
                message: "not valid UTF-8 (a configuration file must be UTF-8 text)".into(),
            }
        })?;
        let ctx = Ctx {
            path: &shown,
            text: &text,
        };
        let parse_err = |e: toml::de::Error| ConfigError {
            path: shown.clone(),
            line: e.span().map_or(0, |s| line_of(&text, s.start)),
            message: e.message().trim().to_string(),
        };
        let raw = if is_pyproject {
            let doc: Pyproject = toml::from_str(&text).map_err(parse_err)?;
            doc.tool
                .and_then(|t| t.gencheck)
                .ok_or_else(|| ConfigError {
                    path: shown.clone(),
                    line: 0,
                    message: "no [tool.gencheck] table".into(),
                })?
        } else {
            toml::from_str::<RawConfig>(&text).map_err(parse_err)?
        };
        let mut config = Config {
            root,
            ..Config::default()
        };
        if !raw.exclude.is_empty() {
            config.exclude = Some(ctx.globs(&raw.exclude, "exclude")?);
        }
        for (lang, globs) in &raw.languages {
            let language = Language::from_name(lang.get_ref())
                .filter(|l| l.is_checked())
                .ok_or_else(|| {
                    let known: Vec<&str> = Language::ALL
                        .iter()
                        .filter(|l| l.is_checked())
                        .map(|l| l.name())
                        .collect();
                    ctx.err(
                        lang.span(),
                        format!(
                            "[languages]: unknown language `{}` (allowed: {})",
                            lang.get_ref(),
                            known.join(", ")
                        ),
                    )
                })?;
            config
                .languages
                .push((ctx.globs(globs, "languages")?, language));
        }
        if let Some(sql) = &raw.sql {
            if let Some(d) = &sql.dialect {
                config.dialect = Some(ctx.dialect(d)?);
            }
        }
        for o in &raw.overrides {
            config.overrides.push(Override {
                files: ctx.globs(&o.files, "overrides.files")?,
                dialect: o.dialect.as_ref().map(|d| ctx.dialect(d)).transpose()?,
                rules: ctx.rules(&o.rules)?,
            });
        }
        config.rules = ctx.rules(&raw.rules)?;
        if let Some(limits) = &raw.limits {
            if let Some(v) = &limits.max_file_bytes {
                config.max_file_bytes = Some(ctx.positive(v, "max-file-bytes")?);
            }
            if let Some(v) = &limits.max_findings {
                config.max_findings = Some(ctx.positive(v, "max-findings")? as usize);
            }
            if let Some(v) = &limits.max_check_ms {
                config.max_check_ms = Some(ctx.positive(v, "max-check-ms")?);
            }
        }
        Ok(config)
    }

    /// `path` relative to the configuration's directory, `/`-separated.
    fn relative(&self, path: &Path) -> Option<String> {
        // The root is canonical; the path may not be (a symlinked temp dir).
        crate::source::resolver().relative(path, &self.root)
    }

    /// Whether `path` is excluded.
    pub fn is_excluded(&self, path: &Path) -> bool {
        self.exclude
            .as_ref()
            .is_some_and(|set| self.relative(path).is_some_and(|rel| set.is_match(&rel)))
    }

    /// The settings for the file at `path`.
    pub fn settings_for(&self, path: &Path) -> FileSettings {
        let mut s = FileSettings {
            dialect: self.dialect,
            rules: self.rules.clone(),
            language: None,
        };
        if self.languages.is_empty() && self.overrides.is_empty() {
            return s;
        }
        let Some(rel) = self.relative(path) else {
            return s;
        };
        s.language = self
            .languages
            .iter()
            .find(|(set, _)| set.is_match(&rel))
            .map(|(_, l)| *l);
        for o in &self.overrides {
            if o.files.is_match(&rel) {
                if o.dialect.is_some() {
                    s.dialect = o.dialect;
                }
                s.rules.extend(o.rules.iter().copied());
            }
        }
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
        let p = dir.join(name);
        std::fs::write(&p, text).unwrap();
        p
    }

    #[test]
    fn unknown_key_names_file_and_line() {
        let dir = tempfile::tempdir().unwrap();
        let p = write(
            dir.path(),
            "gencheck.toml",
            "exclude = []\n\n[sql]\ndialekt = \"postgres\"\n",
        );
        let e = Config::load(&p).unwrap_err();
        assert_eq!(e.line, 4);
        assert!(
            e.message.contains("dialekt") && e.message.contains("dialect"),
            "{e}"
        );
    }

    #[test]
    fn bad_values_say_what_is_allowed() {
        let dir = tempfile::tempdir().unwrap();
        for (text, line, needle) in [
            ("[sql]\ndialect = \"klingon\"\n", 2, "postgres"),
            (
                "[rules]\nplaceholder = \"loud\"\n",
                2,
                "off, info, warning, error",
            ),
            ("[rules]\nno-such-rule = \"off\"\n", 2, "syntax-error"),
            ("exclude = [\"a/[b\"]\n", 1, "not a valid glob"),
            ("[limits]\nmax-file-bytes = -3\n", 2, "positive"),
            ("[languages]\ncobol = [\"*.cbl\"]\n", 2, "python"),
            (
                "[[overrides]]\nfiles = [\"x/**\"]\ndialect = \"nope\"\n",
                3,
                "allowed",
            ),
        ] {
            let p = write(dir.path(), "gencheck.toml", text);
            let e = Config::load(&p).unwrap_err();
            assert_eq!(e.line, line, "{text}: {e}");
            assert!(e.to_string().contains(needle), "{text}: {e}");
            assert!(e.to_string().contains("gencheck.toml"), "{e}");
        }
    }

    #[test]
    fn overrides_and_languages_apply_by_glob() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().canonicalize().unwrap();
        let p = write(
            &root,
            "gencheck.toml",
            "exclude = [\"vendor/**\"]\n[languages]\nsql = [\"*.hql\"]\n[sql]\ndialect = \"postgres\"\n[[overrides]]\nfiles = [\"analytics/**/*.sql\"]\ndialect = \"bigquery\"\nrules = { placeholder = \"warning\" }\n[rules]\ndefinitions-removed = \"error\"\n",
        );
        let c = Config::load(&p).unwrap();
        assert!(c.is_excluded(&root.join("vendor/x/y.py")));
        assert!(!c.is_excluded(&root.join("src/y.py")));
        let s = c.settings_for(&root.join("analytics/models/a.sql"));
        assert_eq!(s.dialect, Some(Dialect::Bigquery));
        assert_eq!(
            s.level(Rule::Placeholder),
            Some(Level::On(Severity::Warning))
        );
        assert_eq!(
            s.level(Rule::DefinitionsRemoved),
            Some(Level::On(Severity::Error))
        );
        let s = c.settings_for(&root.join("migrations/001.sql"));
        assert_eq!(s.dialect, Some(Dialect::Postgres));
        assert_eq!(
            c.settings_for(&root.join("etl/job.hql")).language,
            Some(Language::Sql)
        );
    }

    #[test]
    fn pyproject_tool_table() {
        let dir = tempfile::tempdir().unwrap();
        write(
            dir.path(),
            "pyproject.toml",
            "[project]\nname = \"x\"\n[tool.ruff]\nline-length = 100\n[tool.gencheck]\nexclude = [\"build/**\"]\n[tool.gencheck.sql]\ndialect = \"sqlite\"\n",
        );
        let sub = dir.path().join("pkg");
        std::fs::create_dir(&sub).unwrap();
        let c = Config::discover(None, &sub).unwrap();
        assert_eq!(c.dialect, Some(Dialect::Sqlite));
        write(
            dir.path(),
            "pyproject.toml",
            "[tool.gencheck]\nexlude = []\n",
        );
        let e = Config::discover(None, &sub).unwrap_err();
        assert_eq!(e.line, 2);
    }
}
