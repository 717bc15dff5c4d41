//! Command-line definitions (clap).

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

#[derive(Debug, Parser)]
#[command(
    name = "gencheck",
    version,
    long_version = long_version(),
    about = "Decide whether a file produced by a language model may be accepted into a code base",
    after_help = "Exit status: 0 every file accepted, 1 a file rejected, 2 the run failed."
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check files on disk (a directory means every known file below it,
    /// honouring .gitignore), or standard input with `-`.
    Check(CheckArgs),
    /// Check the blobs staged in the git index: what the commit will
    /// contain, not the work tree. Diffs against HEAD.
    Staged(StagedArgs),
    /// Check every file added or modified between the merge base of --base
    /// and --head (default HEAD), read from git objects.
    Ci(CiArgs),
    /// Check the files a model's reply proposes (whole files in fences,
    /// SEARCH/REPLACE blocks, unified diffs, `*** Begin Patch`, tool-call
    /// tags, prose naming a file), each built in memory against the work
    /// tree and checked as `check` would. Nothing is written unless
    /// --apply is given and every proposal is accepted.
    Reply(ReplyArgs),
    /// Install a git pre-commit hook that runs `gencheck staged`.
    InstallHook(InstallHookArgs),
    /// Print a rule's documentation.
    Rule(RuleArgs),
    /// List every rule with its default severity.
    Rules,
}

#[derive(Debug, Args)]
pub struct RuleArgs {
    /// The rule id (`gencheck rules` lists them).
    pub id: String,
}

#[derive(Debug, Args)]
pub struct StagedArgs {
    #[command(flatten)]
    pub common: CommonArgs,
}

#[derive(Debug, Args)]
pub struct CiArgs {
    /// The revision the change is based on (a branch, tag or commit).
    #[arg(long, value_name = "REV")]
    pub base: String,

    /// The revision to check.
    #[arg(long, value_name = "REV", default_value = "HEAD")]
    pub head: String,

    #[command(flatten)]
    pub common: CommonArgs,
}

#[derive(Debug, Args)]
pub struct ReplyArgs {
    /// The reply: a file, or `-` (the default) for standard input.
    #[arg(value_name = "FILE", default_value = "-")]
    pub reply: PathBuf,

    /// Where the reply's paths resolve and its edits apply. Default: the
    /// top of the git work tree, else the current directory.
    #[arg(long, value_name = "DIR")]
    pub root: Option<PathBuf>,

    /// The file a block without a path belongs to; with no proposal at
    /// all, the whole reply is this file's content.
    #[arg(long, value_name = "P")]
    pub path: Option<String>,

    /// Read only this format (default: every format, in the documented
    /// precedence).
    #[arg(long, value_enum, default_value_t = crate::reply::ReplyFormat::Auto)]
    pub reply_format: crate::reply::ReplyFormat,

    /// Write the resulting files when every proposal is accepted (all or
    /// nothing; each by a rename of a temporary file; refused when a
    /// target changed on disk since it was read).
    #[arg(long)]
    pub apply: bool,

    #[command(flatten)]
    pub common: CommonArgs,
}

#[derive(Debug, Args)]
pub struct InstallHookArgs {
    /// Overwrite a pre-commit hook that gencheck did not write.
    #[arg(long)]
    pub force: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Code frames with the rule id and message, then a summary line.
    Human,
    /// One `gencheck/v1` JSON document.
    Json,
    /// SARIF 2.1.0 (GitHub code scanning and other SARIF viewers).
    Sarif,
    /// GitHub Actions annotations (workflow commands).
    Github,
    /// One line per finding: `path:line:column: severity[rule] message`.
    Concise,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Files or directories to check; `-` reads standard input.
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<PathBuf>,

    /// The file name standard input is checked as (its extension picks the grammar).
    #[arg(long, value_name = "NAME")]
    pub stdin_filename: Option<String>,

    /// The previous version to diff against (one PATH only). Default: the
    /// file's version in HEAD inside a git work tree.
    #[arg(long, value_name = "FILE")]
    pub previous: Option<PathBuf>,

    #[command(flatten)]
    pub common: CommonArgs,
}

#[derive(Debug, Args)]
pub struct CommonArgs {
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub format: Format,

    /// Force the language of every file: a checked language's name (the
    /// README's language table; `grammars/<lang>/`).
    #[arg(long, value_name = "LANG")]
    pub lang: Option<String>,

    /// SQL dialect: generic, postgres, mysql, sqlite, mssql, bigquery,
    /// snowflake, duckdb, ansi, hive, redshift, clickhouse, databricks,
    /// spark, oracle, teradata. Default: what the extension implies
    /// (.pgsql, .psql: postgres; .tsql: mssql), else generic.
    #[arg(long, value_name = "NAME")]
    pub dialect: Option<String>,

    /// Check only shard I of N: a stable, disjoint share of the files (by
    /// a hash of each path), so that N parallel CI jobs check every file
    /// exactly once (`check`, `ci`, `staged`).
    #[arg(long, value_name = "I/N")]
    pub shard: Option<crate::shard::Shard>,

    /// Warnings reject too.
    #[arg(long)]
    pub strict: bool,

    /// Do not compute a diff against the previous version.
    #[arg(long, conflicts_with = "full_diff")]
    pub no_diff: bool,

    /// Show whole diffs in human output (default: the first 40 lines).
    #[arg(long)]
    pub full_diff: bool,

    /// Colour in human output (NO_COLOR turns `auto` off).
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,

    /// Files larger than this many bytes are not parsed (limit-exceeded).
    /// Default: `[limits] max-file-bytes` in the configuration, else 10,000,000.
    #[arg(long, value_name = "BYTES")]
    pub max_file_bytes: Option<u64>,

    /// Findings listed per file; the rest are counted. Default: `[limits]
    /// max-findings` in the configuration, else 100.
    #[arg(long, value_name = "N")]
    pub max_findings: Option<usize>,

    /// Milliseconds one file may take to check (parsing and every rule);
    /// past it the file gets limit-exceeded and the run goes on. Default:
    /// `[limits] max-check-ms` in the configuration, else 10,000.
    #[arg(long, value_name = "MS")]
    pub max_check_ms: Option<u64>,

    /// Checker threads (default: the available cores).
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
    pub threads: Option<u16>,

    /// The configuration file (default: `gencheck.toml`, or `[tool.gencheck]`
    /// in `pyproject.toml`, found upward from the current directory).
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
}

/// `gencheck --version`: gencheck's version and the engines' it links.
pub fn long_version() -> &'static str {
    static TEXT: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    TEXT.get_or_init(|| {
        format!(
            "{}
engines (the verdicts):
  Python      ruff_python_parser {}
  PostgreSQL  libpg_query (PostgreSQL 18 parser) via pg_query {}
  SQLite      SQLite {} via rusqlite {}
  SQL         sqlparser {} (dialects without their own engine)
  JS/TS       oxc_parser {}
  JSON        serde_json {} (and gencheck's JSONC reader)
  JSON5       gencheck's own reader (JSON5 1.0.0, spec.json5.org)
  TOML        toml {}
  YAML        saphyr-parser {}
  shell       bash -n (the bash on PATH, run per file)
  CSS         lightningcss {}
structure (tree-sitter {}): python {}, sequel {}, javascript {}, typescript {}, json {}, yaml {}, toml-ng {}, bash {}, md {}, html {}, css {}",
            env!("CARGO_PKG_VERSION"),
            env!("GENCHECK_V_RUFF"),
            env!("GENCHECK_V_PG_QUERY"),
            rusqlite::version(),
            env!("GENCHECK_V_RUSQLITE"),
            env!("GENCHECK_V_SQLPARSER"),
            env!("GENCHECK_V_OXC"),
            env!("GENCHECK_V_SERDE_JSON"),
            env!("GENCHECK_V_TOML"),
            env!("GENCHECK_V_SAPHYR"),
            env!("GENCHECK_V_LIGHTNINGCSS"),
            env!("GENCHECK_V_TREE_SITTER"),
            env!("GENCHECK_V_TS_PYTHON"),
            env!("GENCHECK_V_TS_SEQUEL"),
            env!("GENCHECK_V_TS_JAVASCRIPT"),
            env!("GENCHECK_V_TS_TYPESCRIPT"),
            env!("GENCHECK_V_TS_JSON"),
            env!("GENCHECK_V_TS_YAML"),
            env!("GENCHECK_V_TS_TOML"),
            env!("GENCHECK_V_TS_BASH"),
            env!("GENCHECK_V_TS_MD"),
            env!("GENCHECK_V_TS_HTML"),
            env!("GENCHECK_V_TS_CSS"),
        )
    })
}
