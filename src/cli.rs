//! Command-line definitions (clap).

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

#[derive(Debug, Parser)]
#[command(
    name = "gencheck",
    version,
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
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Code frames with the rule id and message, then a summary line.
    Human,
    /// One `gencheck/v1` JSON document.
    Json,
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

    #[command(flatten)]
    pub common: CommonArgs,
}

#[derive(Debug, Args)]
pub struct CommonArgs {
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub format: Format,

    /// Force the language of every file (python, sql).
    #[arg(long, value_name = "LANG")]
    pub lang: Option<String>,

    /// SQL dialect: generic, postgres, mysql, sqlite, mssql, bigquery,
    /// snowflake, duckdb, ansi, hive, redshift, clickhouse, databricks,
    /// spark, oracle, teradata. Default: what the extension implies
    /// (.pgsql, .psql: postgres; .tsql: mssql), else generic.
    #[arg(long, value_name = "NAME")]
    pub dialect: Option<String>,

    /// Warnings reject too.
    #[arg(long)]
    pub strict: bool,

    /// Do not compute a diff against the previous version.
    #[arg(long)]
    pub no_diff: bool,

    /// Colour in human output (NO_COLOR turns `auto` off).
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,

    /// Files larger than this many bytes are not parsed (limit-exceeded).
    #[arg(long, value_name = "BYTES", default_value_t = 10_000_000)]
    pub max_file_bytes: u64,

    /// Findings listed per file; the rest are counted.
    #[arg(long, value_name = "N", default_value_t = 100)]
    pub max_findings: usize,
}
