//! The strict SQL verdict.
//!
//! tree-sitter is never the judge for SQL: on real, valid PostgreSQL files its
//! grammar flags most of them. Instead each statement goes to the strictest
//! real engine within reach:
//!
//! - `postgres`: PostgreSQL's own parser (libpg_query);
//! - `sqlite`: SQLite's own parser (bundled through rusqlite), where only
//!   syntax errors count ("no such table" does not);
//! - every other dialect: `sqlparser` with that dialect;
//! - `generic`: a statement is a syntax error only when every engine above,
//!   and sqlparser in every dialect it has, rejects it.
//!
//! Files are checked statement by statement, so one bad statement neither
//! hides the others nor smears its error over the file. What real `.sql`
//! files hold beyond statements is understood: psql meta-commands and
//! `@extschema@` placeholders, MySQL `DELIMITER`, T-SQL `GO`, dollar quotes,
//! and `BEGIN ... END` procedural bodies. A Jinja (dbt) template is rendered
//! and the SQL it renders judged, every span mapped back (`template.rs`).

use crate::analysis::{Analysis, Unverified};
#[cfg(test)]
use crate::diagnostic::Finding;
#[cfg(test)]
use crate::rules::Rule;

mod backend;
mod breakage;
mod chunks;
mod client;
pub mod dbt;
mod dialect;
mod engines;
mod judge;
mod keywords;
mod messages;
mod splitter;
mod template;

pub use backend::{resolve_dialect, tells, BACKEND};
pub use dialect::Dialect;
pub use engines::{check_postgres, check_sqlite, check_sqlparser, EngineError};
pub use judge::analyze_script;
pub use splitter::{split, Script, Statement};

/// Check a SQL script statement by statement and tell the rules what they
/// need: syntax errors, strings and comments, what is open at the end.
pub fn analyze(text: &str, dialect: Dialect) -> Analysis {
    analyze_in(text, dialect, None)
}

/// [`analyze`] for a file of a dbt project (the project, and the file's
/// directory): its templates are rendered with the project's own macros,
/// and a file among the macros is judged as a template only (what it
/// renders outside its macros is never run).
pub fn analyze_in(
    text: &str,
    dialect: Dialect,
    project: Option<(&dbt::Project, &std::path::Path)>,
) -> Analysis {
    let script = split(text, dialect);
    if script.statements.iter().any(|s| s.templated) {
        let macros = project.map(|(p, _)| p.macros());
        let macro_file = project.is_some_and(|(p, dir)| p.holds_macros(dir));
        return analyze_template(text, &script, dialect, macros, macro_file);
    }
    analyze_script(text, &script, dialect)
}

/// A Jinja/dbt template: render it (both ways when it branches on
/// `is_incremental()`), judge the SQL it renders, and map every finding back
/// into the template. Strings and comments are the template's own.
fn analyze_template(
    text: &str,
    script: &Script,
    dialect: Dialect,
    macros: Option<&template::ProjectMacros>,
    macro_file: bool,
) -> Analysis {
    use template::{render, Outcome, STAND_IN};
    // The template's own strings and comments; its statements are judged
    // in what it renders, not here.
    let mut analysis = judge::outline(script);
    let first_line = |at: usize| {
        let start = text[..at].rfind('\n').map_or(0, |p| p + 1);
        let end = text[at..].find('\n').map_or(text.len(), |p| at + p);
        crate::diagnostic::Span::new(start, end)
    };
    let templated_at = script
        .statements
        .iter()
        .find(|s| s.templated)
        .map_or(0, |s| {
            let body = &text[s.span.start..s.span.end];
            s.span.start + (body.len() - body.trim_start().len())
        });
    let mut open_at_end = false;
    for (incremental, outcome) in render(text, dialect.name(), macros) {
        let when = if incremental {
            " with `is_incremental()` true"
        } else {
            ""
        };
        match outcome {
            Outcome::Broken(error) => {
                analysis.rejected.push(error.span);
                analysis.errors.push(error);
                break;
            }
            Outcome::Unrendered(why) => {
                analysis.unverified.push(Unverified {
                    span: first_line(templated_at),
                    dialect: dialect.name(),
                    reason: why.clone(),
                    engines_said: Vec::new(),
                    message: Some(format!(
                        "not verified: the Jinja template could not be rendered here ({why}), so its SQL is not judged"
                    )),
                });
                break;
            }
            Outcome::Rendered(_) if macro_file => break,
            Outcome::Rendered(rendered) => {
                let rs = split(&rendered.sql, dialect);
                let a = analyze_script(&rendered.sql, &rs, dialect);
                let statement_of = |at: usize| {
                    rs.statements
                        .iter()
                        .find(|s| s.span.start <= at && at < s.span.end.max(s.span.start + 1))
                };
                for error in a.errors {
                    let stand_in = rendered.steered
                        || statement_of(error.span.start).is_some_and(|s| {
                            rendered.sql[s.span.start..s.span.end].contains(STAND_IN)
                        });
                    let span = rendered.map_span(error.span, text);
                    if stand_in {
                        let names: Vec<String> = rendered
                            .stand_ins
                            .iter()
                            .map(|n| format!("`{n}`"))
                            .collect();
                        analysis.unverified.push(Unverified {
                            span: first_line(span.start.min(text.len())),
                            dialect: dialect.name(),
                            reason: String::new(),
                            engines_said: Vec::new(),
                            message: Some(format!(
                                "not verified: the SQL this template renders{when} is rejected ({}), but it holds stand-ins for what gencheck cannot render ({})",
                                error.message,
                                names.join(", ")
                            )),
                        });
                        continue;
                    }
                    open_at_end |= error.at_eof;
                    let mut labels: Vec<crate::diagnostic::Label> = error
                        .labels
                        .iter()
                        .map(|l| crate::diagnostic::Label {
                            span: rendered.map_span(l.span, text),
                            message: l.message.clone(),
                        })
                        .collect();
                    labels.extend(template::tag_label(span, text));
                    let message =
                        format!("{} (in the SQL the template renders{when})", error.message);
                    if analysis.errors.iter().any(|e| e.span == span) {
                        continue;
                    }
                    analysis.rejected.push(span);
                    analysis.errors.push(crate::analysis::SyntaxError {
                        span,
                        message,
                        labels,
                        help: error.help,
                        at_eof: error.at_eof,
                    });
                }
                for u in a.unverified {
                    let span = rendered.map_span(u.span, text);
                    if analysis.unverified.iter().any(|v| v.span == span) {
                        continue;
                    }
                    analysis.unverified.push(Unverified { span, ..u });
                }
                open_at_end |= !a.open_at_eof.is_empty();
            }
        }
    }
    if open_at_end {
        analysis.open_at_eof = judge::open_at_end(script, true);
    }
    analysis.errors.sort_by_key(|e| e.span.start);
    analysis
}

#[cfg(test)]
/// Every syntax error in a SQL script, as `syntax-error` findings (and
/// `unverified-statement` notes).
pub fn findings(text: &str, dialect: Dialect) -> Vec<Finding> {
    let analysis = analyze(text, dialect);
    let mut out: Vec<Finding> = analysis
        .errors
        .into_iter()
        .map(|e| {
            let mut f = Finding::new(Rule::SyntaxError, Some(e.span), e.message);
            f.labels = e.labels;
            f.help = e.help;
            f
        })
        .collect();
    out.extend(
        analysis
            .unverified
            .iter()
            .map(crate::rules::unverified_statement::finding),
    );
    out
}

#[cfg(test)]
mod tests {
    use super::chunks::chunks;
    use super::judge::has_doubled_core_keyword;

    #[test]
    fn a_misspelt_verb_or_an_open_bracket_outweighs_dialect_syntax() {
        // T-SQL's `INCLUDE` and `IF EXISTS` after `DROP` are syntax some
        // engine here lacks; a misspelt first verb is not.
        let a = analyze("DORP TABLE IF EXISTS #t;\n", Dialect::Mssql);
        assert_eq!(a.errors.len(), 1, "{a:?}");
        let a = analyze(
            "SELCET a FROM t WITH (NOLOCK) OPTION (RECOMPILE);\n",
            Dialect::Mssql,
        );
        assert_eq!(a.errors.len(), 1, "{a:?}");
        assert!(super::judge::misspelt_verb("UDPATE t SET a = 1"));
        assert!(!super::judge::misspelt_verb("DONE: SELECT 1"));
        assert!(!super::judge::misspelt_verb("DROP TABLE t"));
        assert!(!super::judge::misspelt_verb("crop.x(1)"));
        // The same statements written right are unverified at worst.
        let a = analyze("DROP TABLE IF EXISTS #t;\n", Dialect::Mssql);
        assert!(a.errors.is_empty(), "{a:?}");
    }

    #[test]
    fn doubled_core_keyword_is_an_error_though_sqlparser_takes_it() {
        for d in [Dialect::Generic, Dialect::Mysql, Dialect::Bigquery] {
            let a = analyze("SELECT id FROM FROM users;\n", d);
            assert_eq!(a.errors.len(), 1, "{d:?}");
        }
        // A simple CASE whose operand is a CASE: valid, doubled or not.
        let ok = "SELECT CASE CASE WHEN a THEN 1 END WHEN 1 THEN 'x' END FROM t;\n";
        assert!(analyze(ok, Dialect::Generic).errors.is_empty());
        assert!(has_doubled_core_keyword("select x from  FROM t"));
        assert!(!has_doubled_core_keyword(
            "select x from t where a = 'from'"
        ));
    }

    #[test]
    fn chunks_cover_the_script_at_statement_boundaries() {
        let text = "SELECT 1;\n".repeat(100_000);
        let script = split(&text, Dialect::Generic);
        let ranges: Vec<_> = chunks(&script).collect();
        assert!(ranges.len() > 2, "{} chunks", ranges.len());
        assert_eq!(ranges[0].start, 0);
        assert_eq!(ranges.last().unwrap().end, text.len());
        for w in ranges.windows(2) {
            assert_eq!(w[0].end, w[1].start);
            assert!(script.statements.iter().any(|s| s.span.end == w[0].end));
        }
        let small = split("SELECT 1;", Dialect::Generic);
        assert_eq!(chunks(&small).collect::<Vec<_>>(), vec![0..9]);
        let empty = split("", Dialect::Generic);
        assert_eq!(chunks(&empty).collect::<Vec<_>>(), vec![0..0]);
    }
    use super::*;

    fn stmts(text: &str, d: Dialect) -> Vec<String> {
        let s = split(text, d);
        s.statements
            .iter()
            .map(|st| s.masked[st.span.start..st.span.end].trim().to_string())
            .collect()
    }

    #[test]
    fn splits_on_semicolons_outside_strings_comments_and_dollar_quotes() {
        let text = "select ';'; -- a ; comment\nselect $f$ ; $f$; /* ; */ select \"a;b\";";
        assert_eq!(
            stmts(text, Dialect::Postgres),
            vec![
                "select ';';",
                "-- a ; comment\nselect $f$ ; $f$;",
                "/* ; */ select \"a;b\";"
            ]
        );
    }

    #[test]
    fn oracle_q_quotes_conditional_compilation_and_sqlplus_set() {
        // `q'!...!'` holds quotes and `;`; `$$flag` is conditional
        // compilation, not a dollar quote; `set pause off` is SQL*Plus's.
        let text = "set pause off\nBEGIN\n  $if $$no_op $then\n    NULL;\n  $else\n    EXECUTE IMMEDIATE q'!comment on table t is 'it''s; fine'!';\n  $end\nEND;\n/\nSET TRANSACTION READ ONLY;\n";
        let s = stmts(text, Dialect::Oracle);
        assert_eq!(s.len(), 2, "{s:?}");
        assert!(s[0].starts_with("BEGIN") && s[0].ends_with("END;"), "{s:?}");
        assert_eq!(s[1], "SET TRANSACTION READ ONLY;");
        let unclosed = split("SELECT q'[never closed; FROM dual;\n", Dialect::Oracle);
        assert_eq!(unclosed.statements.len(), 1);
        assert!(!unclosed.statements[0].terminated);
        // PostgreSQL keeps its dollar quotes.
        assert_eq!(
            stmts("SELECT $$a;b$$;", Dialect::Postgres),
            ["SELECT $$a;b$$;"]
        );
    }

    #[test]
    fn block_comments_nest_where_the_dialect_nests_them() {
        let text = "/* notes\n/* an aside\n*/\nSELECT 1 FROM dual;\n";
        // Oracle ends the comment at the first `*/`; PostgreSQL nests it.
        assert_eq!(stmts(text, Dialect::Oracle).len(), 1);
        assert!(split(text, Dialect::Oracle).statements[0].terminated);
        assert!(!split(text, Dialect::Postgres).statements[0].terminated);
        // Unsure, the reading that closes wins.
        assert!(split(text, Dialect::Generic).statements[0].terminated);
    }

    #[test]
    fn tsql_end_then_if_is_a_new_statement_and_tables_take_a_last_comma() {
        let text = "CREATE PROCEDURE p @d datetime = NULL AS\nBEGIN\nIF @d IS NULL BEGIN SET @d = GETDATE() END\nIF @d > GETDATE() BEGIN SET @d = GETDATE() END\nSELECT 1\nEND\n";
        assert!(split(text, Dialect::Mssql).open_block_at_eof.is_none());
        let errors = |t: &str, d| {
            findings(t, d)
                .into_iter()
                .filter(|f| f.severity == crate::diagnostic::Severity::Error)
                .count()
        };
        assert_eq!(
            errors("CREATE TABLE #t (a int, b int,);\n", Dialect::Mssql),
            0
        );
        assert_eq!(
            errors("SELECT 1 FROM table1 LOCK IN SHARE MODE;\n", Dialect::Mysql),
            0
        );
        // Elsewhere an empty last item is still broken.
        assert_eq!(
            errors("INSERT INTO t (a, b) VALUES (1,,2);\n", Dialect::Mssql),
            1
        );
    }

    #[test]
    fn procedural_blocks_stay_whole() {
        let text = "CREATE TRIGGER t AFTER INSERT ON a BEGIN\n  INSERT INTO b VALUES (1);\n  UPDATE c SET x = CASE WHEN 1 THEN 2 END;\nEND;\nBEGIN;\nCOMMIT;";
        let s = stmts(text, Dialect::Sqlite);
        assert_eq!(s.len(), 3, "{s:?}");
        assert!(s[0].ends_with("END;"));
    }

    #[test]
    fn psql_meta_commands_and_placeholders_are_masked() {
        let text = "\\echo Use \"CREATE EXTENSION x\" \\quit\nCREATE FUNCTION @extschema@.f() RETURNS int LANGUAGE sql AS 'select 1';\n";
        let s = split(text, Dialect::Postgres);
        assert_eq!(s.masked.len(), text.len());
        assert!(s.masked.contains("_extschema_.f()"));
        assert!(!s.masked.contains("\\echo"));
        assert!(findings(text, Dialect::Postgres).is_empty());
    }

    #[test]
    fn mysql_delimiter_and_mssql_go() {
        let text = "DELIMITER $$\nCREATE PROCEDURE p() BEGIN SELECT 1; SELECT 2; END$$\nDELIMITER ;\nSELECT 3;\n";
        assert_eq!(stmts(text, Dialect::Mysql).len(), 2);
        let text = "SELECT 1\nGO\nSELECT 2\ngo 5\n";
        assert_eq!(stmts(text, Dialect::Mssql), vec!["SELECT 1", "SELECT 2"]);
    }

    #[test]
    fn every_bad_statement_is_reported_with_its_own_span() {
        let text = "SELECT 1;\nSELEC 2;\nSELECT 3;\nINSERT INTO t VALUES (1,, 2);\n";
        for d in [
            Dialect::Postgres,
            Dialect::Generic,
            Dialect::Mysql,
            Dialect::Sqlite,
        ] {
            let f = findings(text, d);
            assert_eq!(f.len(), 2, "{d}: {f:?}");
            assert_eq!(
                &text[f[0].span.unwrap().start..f[0].span.unwrap().end],
                "SELEC"
            );
            assert_eq!(
                &text[f[1].span.unwrap().start..f[1].span.unwrap().end],
                ",",
                "{d}"
            );
        }
    }

    #[test]
    fn generic_accepts_any_common_dialect() {
        for sql in [
            "SELECT `a` FROM `t` LIMIT 1, 2;",         // mysql
            "SELECT TOP 5 [name] FROM [dbo].[users];", // mssql
            "SELECT * FROM t QUALIFY ROW_NUMBER() OVER (PARTITION BY a ORDER BY b) = 1;", // snowflake
            "INSERT OR REPLACE INTO t VALUES (1);",                                       // sqlite
            "SELECT x::int FROM generate_series(1, 3) x;", // postgres
        ] {
            assert!(findings(sql, Dialect::Generic).is_empty(), "{sql}");
        }
    }

    #[test]
    fn sqlite_semantic_errors_are_not_syntax_errors() {
        assert!(check_sqlite("SELECT nope FROM missing_table").is_ok());
        assert!(check_sqlite("SELEC 1").is_err());
    }

    #[test]
    fn postgres_cursor_position_is_a_byte_offset() {
        let e = check_postgres("SELECT 'é' FROM FROM t").unwrap_err();
        assert_eq!(e.offset, "SELECT 'é' FROM ".len());
    }
}
