//! SQL dialects: their names, aliases, and what each lexes differently.

use std::fmt;

use super::splitter::Escapes;
/// A SQL dialect, by the names sqlparser uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Dialect {
    Generic,
    Postgres,
    Mysql,
    Sqlite,
    Mssql,
    Bigquery,
    Snowflake,
    Duckdb,
    Ansi,
    Hive,
    Redshift,
    Clickhouse,
    Databricks,
    Spark,
    Oracle,
    Teradata,
}

impl Dialect {
    pub const ALL: &'static [Dialect] = &[
        Dialect::Generic,
        Dialect::Postgres,
        Dialect::Mysql,
        Dialect::Sqlite,
        Dialect::Mssql,
        Dialect::Bigquery,
        Dialect::Snowflake,
        Dialect::Duckdb,
        Dialect::Ansi,
        Dialect::Hive,
        Dialect::Redshift,
        Dialect::Clickhouse,
        Dialect::Databricks,
        Dialect::Spark,
        Dialect::Oracle,
        Dialect::Teradata,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Dialect::Generic => "generic",
            Dialect::Postgres => "postgres",
            Dialect::Mysql => "mysql",
            Dialect::Sqlite => "sqlite",
            Dialect::Mssql => "mssql",
            Dialect::Bigquery => "bigquery",
            Dialect::Snowflake => "snowflake",
            Dialect::Duckdb => "duckdb",
            Dialect::Ansi => "ansi",
            Dialect::Hive => "hive",
            Dialect::Redshift => "redshift",
            Dialect::Clickhouse => "clickhouse",
            Dialect::Databricks => "databricks",
            Dialect::Spark => "spark",
            Dialect::Oracle => "oracle",
            Dialect::Teradata => "teradata",
        }
    }

    pub fn from_name(name: &str) -> Option<Dialect> {
        let lower = name.to_ascii_lowercase();
        let canonical = match lower.as_str() {
            "postgresql" | "pg" => "postgres",
            "sparksql" => "spark",
            "tsql" | "sqlserver" => "mssql",
            "mariadb" => "mysql",
            other => other,
        };
        Dialect::ALL.iter().copied().find(|d| d.name() == canonical)
    }

    /// The names accepted on the command line, for error messages.
    pub fn names() -> String {
        Dialect::ALL
            .iter()
            .map(|d| d.name())
            .collect::<Vec<_>>()
            .join(", ")
    }

    pub(crate) fn sqlparser(self) -> Box<dyn sqlparser::dialect::Dialect> {
        use sqlparser::dialect as sp;
        match self {
            Self::Generic => Box::new(sp::GenericDialect {}),
            Self::Postgres => Box::new(sp::PostgreSqlDialect {}),
            Self::Mysql => Box::new(sp::MySqlDialect {}),
            Self::Sqlite => Box::new(sp::SQLiteDialect {}),
            Self::Mssql => Box::new(sp::MsSqlDialect {}),
            Self::Bigquery => Box::new(sp::BigQueryDialect {}),
            Self::Snowflake => Box::new(sp::SnowflakeDialect {}),
            Self::Duckdb => Box::new(sp::DuckDbDialect {}),
            Self::Ansi => Box::new(sp::AnsiDialect {}),
            Self::Hive => Box::new(sp::HiveDialect {}),
            Self::Redshift => Box::new(sp::RedshiftSqlDialect {}),
            Self::Clickhouse => Box::new(sp::ClickHouseDialect {}),
            Self::Databricks => Box::new(sp::DatabricksDialect {}),
            Self::Spark => Box::new(sp::SparkSqlDialect {}),
            Self::Oracle => Box::new(sp::OracleDialect {}),
            Self::Teradata => Box::new(sp::TeradataDialect {}),
        }
    }

    pub(crate) fn psql_meta_commands(self) -> bool {
        matches!(
            self,
            Dialect::Generic | Dialect::Postgres | Dialect::Redshift
        )
    }

    pub(crate) fn delimiter_command(self) -> bool {
        matches!(self, Dialect::Generic | Dialect::Mysql)
    }

    pub(crate) fn go_batches(self) -> bool {
        matches!(self, Dialect::Generic | Dialect::Mssql)
    }

    pub(crate) fn hash_comments(self) -> bool {
        matches!(self, Dialect::Mysql | Dialect::Bigquery | Dialect::Hive)
    }

    pub(crate) fn backslash_escapes(self) -> Escapes {
        match self {
            Dialect::Mysql
            | Dialect::Bigquery
            | Dialect::Hive
            | Dialect::Spark
            | Dialect::Databricks
            | Dialect::Clickhouse
            | Dialect::Snowflake => Escapes::Always,
            Dialect::Generic => Escapes::Guess,
            _ => Escapes::Never,
        }
    }

    /// `"..."` is a string literal, not a quoted name.
    pub(crate) fn double_quoted_strings(self) -> bool {
        matches!(
            self,
            Dialect::Mysql
                | Dialect::Bigquery
                | Dialect::Hive
                | Dialect::Spark
                | Dialect::Databricks
        )
    }

    pub(crate) fn backticks(self) -> bool {
        !matches!(self, Dialect::Postgres | Dialect::Mssql | Dialect::Oracle)
    }

    /// `$$...$$` and `$tag$...$tag$` quote a body. Not in the dialects
    /// where `$` is part of names and of other syntax: Oracle's `v$session`
    /// and conditional compilation (`$IF $$flag $THEN`), T-SQL's `$action`,
    /// MySQL's, SQLite's and BigQuery's names.
    pub(crate) fn dollar_quotes(self) -> bool {
        !matches!(
            self,
            Dialect::Oracle | Dialect::Mssql | Dialect::Mysql | Dialect::Sqlite | Dialect::Bigquery
        )
    }

    pub(crate) fn brackets_quote(self) -> bool {
        matches!(self, Dialect::Mssql)
    }
}

impl fmt::Display for Dialect {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}
