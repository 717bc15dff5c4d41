//! The per-statement judgement: which engines accept a statement, and when
//! their rejection is an error in the text rather than syntax they lack
//! (the consensus logic of dialects without their own engine).

use super::chunks::{chunks, same_statements};
use super::engines::{
    check_postgres, check_sqlite, check_sqlparser, engines, postgres_statement_ends, Engine,
    EngineError,
};
use super::keywords::{curated_keywords, dialect_keywords, CORE_KEYWORDS, MISSPELLING_TARGETS};
use super::messages::{statement_error, unclosed_at_terminator, unverified};
use super::splitter::{Script, Statement};
use super::Dialect;
use crate::analysis::{Analysis, OpenAtEof, RegionKind, SyntaxError};
use crate::diagnostic::Span;

/// A last statement without `;` is suspicious only in a script whose
/// habit is clear: this many statements, every other one terminated.
const TERMINATOR_HABIT_STATEMENTS: usize = 3;
/// The file's time budget is looked at every this many statements (a
/// clock read per statement costs more than most statements).
const BUDGET_EVERY_STATEMENTS: usize = 64;
/// Shorter words are one edit away from too many keywords (`FRM` yes, `OR`
/// no).
const MISSPELT_MIN_LEN: usize = 4;
/// `na2461937`: a name glued to this many digits or more is a splice; real
/// names carry shorter numbers (`sha256`, `utf8`, `revenue2024`).
const SPLICE_MIN_DIGITS: usize = 5;
/// In a statement an engine accepts, only a longer run counts.
const SPLICE_MIN_DIGITS_ACCEPTED: usize = 6;

/// What a split script tells before any engine judges it: its strings and
/// comments, and whether its last statement breaks the `;` habit.
pub(crate) fn outline(script: &Script) -> Analysis {
    let mut analysis = Analysis {
        regions: script.regions.clone(),
        ..Analysis::default()
    };
    if let Some(last) = script.statements.last() {
        let terminated = script.statements.iter().filter(|s| s.terminated).count();
        analysis.last_statement_unterminated = !last.terminated
            && script.statements.len() >= TERMINATOR_HABIT_STATEMENTS
            && terminated == script.statements.len() - 1;
    }
    analysis
}

/// What the last statement leaves open at the end of the file (brackets, a
/// quote, and with `with_block` a `BEGIN` block): for a last statement that
/// no engine accepted.
pub(crate) fn open_at_end(script: &Script, with_block: bool) -> Vec<OpenAtEof> {
    let mut open = Vec::new();
    if let Some(last) = script.statements.last() {
        for (pos, c) in &last.unclosed {
            open.push(OpenAtEof {
                opener: Span::new(*pos, pos + 1),
                what: format!("`{c}`"),
            });
        }
        if let Some((pos, what)) = last.unterminated {
            open.push(OpenAtEof {
                opener: Span::new(pos, pos + 1),
                what: format!("a {what}"),
            });
        }
        if let (true, Some(pos)) = (with_block, script.open_block_at_eof) {
            open.push(OpenAtEof {
                opener: Span::new(pos, pos + 5),
                what: "a `BEGIN` block".to_string(),
            });
        }
    }
    open
}

/// [`analyze`] for a script already split (by [`split`] with `dialect`).
pub fn analyze_script(text: &str, script: &Script, dialect: Dialect) -> Analysis {
    let mut analysis = judge_statements(text, script, dialect);
    for splice in spliced_names(script) {
        let Some(stmt) = script
            .statements
            .iter()
            .find(|s| s.span.start <= splice.span.start && splice.span.end <= s.span.end)
        else {
            continue;
        };
        let within = |at: usize| stmt.span.start <= at && at < stmt.span.end;
        // A statement with an error already says it is broken (and the
        // error's message names the splice on its line).
        if analysis.errors.iter().any(|e| within(e.span.start)) {
            continue;
        }
        // Not a gap in the engines, whatever else the statement holds.
        analysis.unverified.retain(|u| !within(u.span.start));
        analysis.errors.push(splice);
    }
    analysis
}

/// Output cut and resumed elsewhere glues a name to a run of digits
/// (`hits8509171, s WHERE`), which an engine may well take for a name:
/// the glued token is written once, its letters are a name the file uses
/// elsewhere, and no real name of the kind was found on 11,820 valid SQL
/// files (dates in sharded names, `events20240101`, are no splice).
fn spliced_names(script: &Script) -> Vec<SyntaxError> {
    let masked = &script.masked;
    let bytes = masked.as_bytes();
    // The cheap test first: a letter followed by enough digits.
    let mut candidate = false;
    let mut run = 0;
    for (i, b) in bytes.iter().enumerate() {
        if b.is_ascii_digit() {
            run += 1;
            if run == SPLICE_MIN_DIGITS_ACCEPTED && i >= run && bytes[i - run].is_ascii_alphabetic()
            {
                candidate = true;
                break;
            }
        } else {
            run = 0;
        }
    }
    if !candidate {
        return Vec::new();
    }
    let spans: Vec<Span> = script
        .regions
        .iter()
        .filter(|r| masked.as_bytes()[r.span.start] != b'$')
        .map(|r| r.span)
        .collect();
    let code = crate::lines::mask(masked, &spans);
    let is_word = |c: char| c.is_alphanumeric() || c == '_';
    let mut counts: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    let mut words: Vec<(usize, &str)> = Vec::new();
    let mut start = None;
    for (i, c) in code
        .char_indices()
        .chain(std::iter::once((code.len(), ' ')))
    {
        match (start, is_word(c)) {
            (None, true) => start = Some(i),
            (Some(s), false) => {
                let w = &code[s..i];
                *counts.entry(w).or_default() += 1;
                words.push((s, w));
                start = None;
            }
            _ => {}
        }
    }
    let mut out = Vec::new();
    for (at, w) in words {
        let letters = w.trim_end_matches(|c: char| c.is_ascii_digit());
        let digits = &w[letters.len()..];
        let glued_to_name = letters.len() >= 3
            && letters.starts_with(|c: char| c.is_ascii_alphabetic())
            && letters.ends_with(|c: char| c.is_ascii_alphabetic())
            && letters.chars().all(|c| c.is_ascii_alphabetic() || c == '_');
        if digits.len() < SPLICE_MIN_DIGITS_ACCEPTED || !glued_to_name || date_like(digits) {
            continue;
        }
        // Part of a dotted, quoted or variable name (`@v123456`, `t.a1234567`)?
        let before = code[..at].chars().next_back();
        let after = code[at + w.len()..].chars().next();
        if before.is_some_and(|c| matches!(c, '.' | '@' | '#' | '$' | ':' | '&'))
            || after.is_some_and(|c| c == '.')
        {
            continue;
        }
        if counts.get(w) == Some(&1) && counts.get(letters).is_some_and(|n| *n > 0) {
            out.push(SyntaxError {
                span: Span::new(at, at + w.len()),
                message: format!(
                    "the text looks spliced here: `{w}` joins `{letters}`, a name used elsewhere in the file, to `{digits}`, as when output is cut and resumed mid-token"
                ),
                labels: Vec::new(),
                help: Some(
                    "regenerate the statement: the text after this point comes from elsewhere"
                        .to_string(),
                ),
                at_eof: false,
            });
        }
    }
    out
}

/// `20240101`, `202401`: a date's digits, as sharded and dated names carry.
fn date_like(digits: &str) -> bool {
    let n = |r: std::ops::Range<usize>| digits.get(r).and_then(|d| d.parse::<u32>().ok());
    let year = n(0..4).is_some_and(|y| (1900..2100).contains(&y));
    let month = n(4..6).is_some_and(|m| (1..=12).contains(&m));
    match digits.len() {
        6 => year && month,
        8 => year && month && n(6..8).is_some_and(|d| (1..=31).contains(&d)),
        _ => false,
    }
}

fn judge_statements(text: &str, script: &Script, dialect: Dialect) -> Analysis {
    let mut analysis = outline(script);
    let engines = engines(dialect);
    // Fast path: a whole valid script costs one parse by the first engine.
    let open_at_terminator =
        |s: &Statement| s.terminated && s.unclosed.iter().any(|(_, c)| *c == '(');
    if !script.uses_batches
        && !script
            .statements
            .iter()
            .any(|s| s.templated || open_at_terminator(s))
        && !refuted_somewhere(script, dialect)
    {
        let whole_ok = match dialect {
            Dialect::Sqlite => false,
            // Any engine's yes accepts a statement of a dialect without
            // its own engine, and libpg_query is the fastest and leanest
            // (sqlparser took 7 s and 480 MB on a million tiny statements).
            d => chunks(script).all(|range| {
                let sql = &script.masked[range.clone()];
                let by_postgres = match d {
                    Dialect::Generic | Dialect::Postgres => check_postgres(sql).is_ok(),
                    // Another dialect lexes differently (`#` comments,
                    // backslash escapes): PostgreSQL's yes counts only when
                    // it splits the chunk where the dialect's splitter does,
                    // so that no statement hides in what it took for a string.
                    _ => postgres_statement_ends(sql)
                        .is_ok_and(|ends| same_statements(script, range.clone(), &ends)),
                };
                by_postgres
                    || (!matches!(d, Dialect::Generic | Dialect::Postgres)
                        && !has_doubled_core_keyword(sql)
                        && check_sqlparser(d, sql).is_ok())
            }),
        };
        if whole_ok {
            return analysis;
        }
    }
    let last_index = script.statements.len().saturating_sub(1);
    let mut case_opened_at = None;
    // The last statement's open quote or bracket is a mistake in its
    // middle, not a cut: nothing open at the end is reported.
    let mut misplaced_open = false;
    for (n, stmt) in script.statements.iter().enumerate() {
        if stmt.templated {
            continue;
        }
        // Past the file's time budget the result is discarded anyway.
        if n % BUDGET_EVERY_STATEMENTS == 0 && crate::budget::expired() {
            break;
        }
        let sql = &script.masked[stmt.span.start..stmt.span.end];
        let mut errors: Vec<EngineError> = Vec::new();
        let mut accepted_by = None;
        let mut refuted = None;
        for engine in &engines {
            match engine.check(sql) {
                Ok(()) => {
                    accepted_by = Some(*engine);
                    break;
                }
                Err(e) => errors.push(e),
            }
        }
        // SQLite reads a column definition's words loosely (`[Value]
        // DECIMAL(18, 6) NULL` then `[Unit] NVARCHAR(20) NULL` on the next
        // line is one column to it): its yes does not count for another
        // dialect whose own engine stops at an item without its comma.
        let own = Engine::SqlParser(dialect);
        let comma_missing = !matches!(
            dialect,
            Dialect::Generic | Dialect::Postgres | Dialect::Sqlite
        ) && errors
            .iter()
            .any(|e| e.engine == own && item_line_without_comma(sql, e.offset));
        if accepted_by == Some(Engine::Sqlite) && comma_missing {
            accepted_by = None;
        }
        if let Some(engine) = accepted_by {
            if let Engine::SqlParser(d) = engine {
                // sqlparser reads some option lists to the end of the
                // statement (Snowflake's `FILE_FORMAT = (...`): a `(` still
                // open at the statement's `;` is broken in every dialect.
                if !script.uses_batches && open_at_terminator(stmt) {
                    if let Some(&(open, _)) = stmt.unclosed.iter().find(|(_, c)| *c == '(') {
                        analysis.rejected.push(stmt.span);
                        analysis
                            .errors
                            .push(unclosed_at_terminator(text, stmt, open, d));
                        continue;
                    }
                }
            }
            // (sqlparser, and SQLite for other dialects, take a trailing
            // comma, a join with no condition or `==` that the dialect's own
            // engine rejects.)
            refuted = if !routine_with_quoted_body(sql) {
                super::breakage::refuted_yes(&statement_code(script, stmt), dialect)
            } else {
                None
            };
            if let Some((at, what)) = refuted {
                errors.push(EngineError {
                    engine,
                    offset: at,
                    message: what.to_string(),
                });
            }
            if refuted.is_none()
                && (!matches!(engine, Engine::SqlParser(_))
                    || !doubled_keyword_refuted(sql, &mut errors, engine))
            {
                continue;
            }
        }
        analysis.rejected.push(stmt.span);
        // Without the dialect's own engine, a rejection at a dialect keyword
        // says more about the engines than about the text.
        let authoritative = matches!(dialect, Dialect::Postgres | Dialect::Sqlite);
        // The engine that read furthest understood the most; where it
        // stopped decides between a gap in the engines and an error.
        let furthest = errors.iter().map(|e| e.offset).max().unwrap_or(0);
        let stop = |engine: Engine| errors.iter().find(|e| e.engine == engine).map(|e| e.offset);
        let mut gap: Option<String> = (!authoritative)
            .then(|| {
                errors
                    .iter()
                    .filter(|e| e.offset == furthest)
                    .find_map(|e| gap_keyword(sql, e))
                    .map(|w| format!("they stop at `{w}`, syntax of some dialect they lack"))
                    .or_else(|| {
                        curated_word_before(sql, furthest)
                            .map(|w| format!("it uses `{w}`, syntax of some dialect they lack"))
                    })
            })
            .flatten();
        // A statement kind or object type no engine knows (`DBCC ...`,
        // `CREATE STREAMLIT ...`, ClickHouse's `ALTER TABLE t UPDATE ...`)
        // makes every engine stop at that word: unverified, unless the word
        // is a misspelt keyword or the statement is broken anyway.
        let code = (!authoritative).then(|| statement_code(script, stmt));
        // (Or where an engine wants a statement to start, after T-SQL's
        // `IF EXISTS (...)` or `BEGIN`: `DORP TABLE t`.)
        let misspelt = code.as_deref().is_some_and(|code| {
            misspelt_verb(code)
                || errors.iter().any(|e| {
                    e.message.starts_with("Expected: an SQL statement, found:")
                        && code.is_char_boundary(e.offset.min(code.len()))
                        && misspelt_verb(&code[e.offset.min(code.len())..])
                })
        });
        // The last statement, with no `;`, stops inside a `CASE` that no
        // `END` closes: cut there, in every dialect.
        let case_open_at_end = if n == last_index && !stmt.terminated {
            let code = code.clone().unwrap_or_else(|| statement_code(script, stmt));
            open_case(&code).map(|at| stmt.span.start + at)
        } else {
            None
        };
        if let Some(at) = case_open_at_end {
            case_opened_at = Some(at);
        }
        let broken = misspelt
            || case_open_at_end.is_some()
            || code.as_deref().is_some_and(|code| {
                errors
                    .iter()
                    .any(|e| structurally_broken(code, stmt, e.offset, dialect))
            });
        // Breakage no dialect allows outweighs dialect syntax the engines
        // lack elsewhere in the statement: a bracket or quote left open, or
        // a statement whose first word is a misspelt verb (`DORP TABLE`,
        // `SELCET ... INCLUDE`).
        // (And an item without the comma the items around it have
        // outweighs a dialect keyword there: `COUNT(*) AS n` over
        // `SUM(x) AS total,`.)
        // A clause keyword misspelt in upper case right before where the
        // engines stop: `FROM t r WHRE DATE(x) > ...` reads `WHRE` as an
        // alias and stops at `DATE`.
        let clause_misspelt = code.as_deref().is_some_and(|code| {
            errors
                .iter()
                .any(|e| misspelt_clause_before(code, e.offset))
        });
        // The file, with no final newline, stops in the last statement's
        // last word, where the dialect's engine stops too, and that word is
        // the start of a keyword and none itself: `ORDER BY month DE`.
        let cut_keyword = n == last_index
            && !stmt.terminated
            && !text.ends_with(['\n', '\r'])
            && errors
                .iter()
                .any(|e| (e.engine == own || authoritative) && cut_keyword_at(sql, e.offset));
        // Breakage the statement's tokens show by themselves: `amount >
        // AND`, `ELSE 'deep' AS bucket` with no `END`, `GROUP BY ...
        // WHERE`, a join with no condition where the dialect needs one.
        // (Looked for, and its message put in place of the engines', only
        // where nothing else showed the statement broken.)
        let breakage = refuted.or_else(|| {
            code.as_deref()
                .filter(|_| {
                    !(broken
                        || comma_missing
                        || cut_keyword
                        || clause_misspelt
                        || routine_with_quoted_body(sql))
                })
                .and_then(|code| {
                    super::breakage::broken_tokens(code, dialect).or_else(|| {
                        errors
                            .iter()
                            .find_map(|e| super::breakage::prose_spliced(code, dialect, e.offset))
                    })
                })
        });
        let broken = broken || breakage.is_some();
        let item_without_comma = comma_missing;
        let comma_missing = comma_missing || cut_keyword;
        let comma_missing = comma_missing || clause_misspelt;
        let broken = broken || comma_missing;
        if !authoritative
            && (stmt.unterminated.is_some()
                || !stmt.unclosed.is_empty()
                || misspelt
                || case_open_at_end.is_some()
                || comma_missing
                || breakage.is_some())
        {
            gap = None;
        }
        if gap.is_none() && !authoritative && !broken {
            gap = unknown_kind(sql, furthest)
                .map(|kind| format!("no engine here knows `{kind}` statements"));
        }
        // Without the dialect's own engine, a rejection stands only on
        // evidence: PostgreSQL and SQLite stop where every other engine
        // stops (dialect syntax makes them stop early, at different
        // places), or the statement is broken in a way no dialect allows.
        if gap.is_none() && !authoritative {
            let near =
                |at: Option<usize>| at.is_some_and(|a| tokens_between(sql, a, furthest) <= 1);
            let consensus = dialect == Dialect::Generic
                && near(stop(Engine::Postgres))
                && near(stop(Engine::Sqlite));
            let doubled = errors.iter().any(|e| doubled_keyword(sql, e.offset))
                || clause_keyword_twice(sql).is_some();
            let list_error = errors.iter().any(|e| {
                e.offset == furthest
                    && (e.message.starts_with("Expected: ',' or ')'")
                        || e.message.starts_with("Expected: ), found"))
                    && ((gap_keyword(sql, e).is_none() && missing_comma(sql, e.offset))
                        || table_item_without_comma(sql, e.offset, dialect))
            });
            if !(consensus || doubled || list_error || broken) {
                let places: Vec<String> = errors
                    .iter()
                    .take(3)
                    .map(|e| {
                        let at = e.offset.min(sql.len());
                        let word: String = sql[at..]
                            .split(char::is_whitespace)
                            .find(|w| !w.is_empty())
                            .unwrap_or("the end")
                            .chars()
                            .take(24)
                            .collect();
                        format!("{} at `{word}`", e.engine)
                    })
                    .collect();
                gap = Some(format!(
                    "they stop at different places ({}), as dialect syntax they lack makes them do",
                    places.join(", ")
                ));
            }
        }
        match gap {
            Some(reason) => {
                // A routine whose body is another language (`LANGUAGE
                // PYTHON AS $$ ... $$`) that no engine here reads is SQL all
                // the same: not a rejected share when asking what the file is.
                if routine_with_quoted_body(sql) {
                    analysis.rejected.pop();
                }
                analysis
                    .unverified
                    .push(unverified(text, stmt, &reason, &errors, dialect));
            }
            None => {
                let mut error = statement_error(text, stmt, &errors, &engines);
                if let Some((at, what)) = breakage {
                    let whose = if refuted.is_some() {
                        format!(
                            "{} rejects it, though an engine here with a looser grammar takes it",
                            dialect.name()
                        )
                    } else {
                        "no engine here accepts this statement".to_string()
                    };
                    // The breakage, not where the engines stopped, is the
                    // error; what they said is the help.
                    let said = std::mem::take(&mut error.message);
                    error.span =
                        super::messages::token_span(text, stmt.span.start + at, stmt.span.end);
                    error.message = format!("{what}; {whose}");
                    error.help = Some(format!("the engines said: {said}"));
                } else if item_without_comma {
                    error.help = Some(
                        "the list item on the line above lacks the `,` the items before it end with"
                            .to_string(),
                    );
                } else if clause_misspelt {
                    error.help = Some(
                        "the word before it looks like a misspelt clause keyword (`WHERE`, `GROUP`, `ORDER`, ...)"
                            .to_string(),
                    );
                }
                // Something opened in the last statement is still open at the
                // end of the file: the statement is incomplete. (An error "at
                // end of input" alone is not enough: dialect syntax causes it
                // too.)
                // (Or an engine stopped at the end of the last statement,
                // which has no `;`, or a block or `CASE` is still open.)
                let ends_at_input =
                    !stmt.terminated && (furthest >= sql.trim_end().len() || cut_keyword);
                error.at_eof = n == last_index
                    && error.span.start >= stmt.span.start
                    && (stmt.unterminated.is_some()
                        || !stmt.unclosed.is_empty()
                        || ends_at_input
                        || case_open_at_end.is_some()
                        || script
                            .open_block_at_eof
                            .is_some_and(|at| at >= stmt.span.start));
                if n == last_index {
                    if let Some(misplaced) = open_in_the_middle(text, script, stmt) {
                        misplaced_open = true;
                        let said = std::mem::take(&mut error.message);
                        error = SyntaxError {
                            help: Some(format!("the engines said: {said}")),
                            ..misplaced
                        };
                    }
                }
                analysis.errors.push(error);
            }
        }
    }
    // What is open at the end counts only when the engines reject the last
    // statement: a statement an engine accepts is complete, whatever the
    // splitter thought of its quotes.
    if let Some(last) = script.statements.last() {
        let rejected = analysis.rejected.last() == Some(&last.span);
        if (rejected || last.templated) && !misplaced_open {
            analysis.open_at_eof = open_at_end(script, rejected);
        }
        if let (true, Some(at)) = (rejected, case_opened_at) {
            analysis.open_at_eof.push(OpenAtEof {
                opener: Span::new(at, at + 4),
                what: "a `CASE` expression".to_string(),
            });
        }
    }
    analysis
}

/// A quote or bracket the last statement leaves open that is a mistake in
/// its middle rather than a cut at the end: a string that swallows what
/// follows it up to a quote that runs into a word (`'email;` ... `'high'`),
/// or a `(` still open where the statement ends at its `;`. The error, at
/// the opener.
fn open_in_the_middle(text: &str, script: &Script, stmt: &Statement) -> Option<SyntaxError> {
    let lines = crate::diagnostic::LineIndex::new(text);
    let position = |at: usize| {
        let p = lines.position(text, at);
        format!("{}:{}", p.line, p.column)
    };
    if stmt
        .unterminated
        .is_some_and(|(_, what)| what.starts_with("string"))
    {
        let (open, close) = super::breakage::swallowing_string(text, &script.regions, stmt.span)?;
        let word: String = text[close + 1..]
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .take(24)
            .collect();
        return Some(SyntaxError {
            span: Span::new(open, open + 1),
            message: format!(
                "a string `'` opened here is not closed where it should be: it runs over lines of code to the `'` at {} that leaves `{word}` outside any string",
                position(close)
            ),
            labels: vec![crate::diagnostic::Label {
                span: Span::new(close, close + 1),
                message: "the string it opened ends here".to_string(),
            }],
            help: None,
            at_eof: false,
        });
    }
    if !stmt.terminated || stmt.unterminated.is_some() {
        return None;
    }
    let &(first, _) = stmt.unclosed.first()?;
    let code = statement_code(script, stmt);
    let open = super::breakage::unclosed_on_its_line(&code)
        .map(|at| stmt.span.start + at)
        .unwrap_or(first);
    let c = char::from(text.as_bytes()[open]);
    let semicolon = text[..stmt.span.end].rfind(';').filter(|p| *p > open)?;
    Some(SyntaxError {
        span: Span::new(open, open + 1),
        message: format!(
            "`{c}` opened here is never closed: the statement ends at its `;` ({}) with it still open",
            position(semicolon)
        ),
        labels: vec![crate::diagnostic::Label {
            span: Span::new(semicolon, semicolon + 1),
            message: "the statement ends here".to_string(),
        }],
        help: None,
        at_eof: false,
    })
}

/// Whether a statement holds what sqlparser takes and the dialect's own
/// engine rejects (`refuted_yes`): such a script takes the slow path,
/// statement by statement.
fn refuted_somewhere(script: &Script, dialect: Dialect) -> bool {
    super::breakage::may_refute(&script.masked, dialect)
        && script.statements.iter().any(|stmt| {
            !stmt.templated
                && super::breakage::refuted_yes(&statement_code(script, stmt), dialect).is_some()
        })
}

/// Where the first `CASE` of `code` (a statement's text, its strings and
/// comments blanked) that no `END` closes opened: `CASE ... WHEN` and no
/// `END` after it; `END IF`, `END LOOP` and the like close other blocks.
/// Only in a statement without `BEGIN`: a routine's body (`BEGIN TRAN`
/// opens nothing, `END TRY` closes something) is not judged.
fn open_case(code: &str) -> Option<usize> {
    let is_word = |c: char| c.is_ascii_alphanumeric() || c == '_';
    let mut words = Vec::new();
    let mut start = None;
    for (i, c) in code
        .char_indices()
        .chain(std::iter::once((code.len(), ' ')))
    {
        match (start, is_word(c)) {
            (None, true) => start = Some(i),
            (Some(s), false) => {
                words.push((s, code[s..i].to_ascii_uppercase()));
                start = None;
            }
            _ => {}
        }
    }
    // A name after `.` (`t.case`) is no keyword.
    let keyword = |at: usize| !code[..at].trim_end().ends_with('.');
    let mut stack: Vec<usize> = Vec::new();
    let mut when_seen = false;
    for (i, (at, w)) in words.iter().enumerate() {
        if !keyword(*at) {
            continue;
        }
        match w.as_str() {
            "CASE" => {
                // `END CASE` closes a CASE statement.
                if i > 0 && words[i - 1].1 == "END" {
                    continue;
                }
                stack.push(*at);
            }
            "BEGIN" => return None,
            "WHEN" => when_seen = true,
            "END" => {
                let next = words.get(i + 1).map(|(_, n)| n.as_str());
                if matches!(next, Some("IF" | "LOOP" | "WHILE" | "REPEAT" | "FOR")) {
                    continue;
                }
                stack.pop();
            }
            _ => {}
        }
    }
    if !when_seen {
        return None;
    }
    stack.first().copied()
}

/// `CREATE [OR REPLACE] ... FUNCTION|PROCEDURE ... $$ body $$`: the body
/// is a string to SQL, in whatever language the routine is written.
pub(crate) fn routine_with_quoted_body(statement: &str) -> bool {
    let mut rest = statement.trim_start();
    // Past the comments before it.
    loop {
        if rest.starts_with("--") {
            rest = rest.split_once('\n').map_or("", |(_, r)| r).trim_start();
        } else if rest.starts_with("/*") {
            rest = rest.split_once("*/").map_or("", |(_, r)| r).trim_start();
        } else {
            break;
        }
    }
    let head: String = rest
        .chars()
        .take(200)
        .collect::<String>()
        .to_ascii_uppercase();
    let words: Vec<&str> = head.split_whitespace().take(8).collect();
    words.first() == Some(&"CREATE")
        && words.iter().any(|w| matches!(*w, "FUNCTION" | "PROCEDURE"))
        && statement.matches("$$").count() >= 2
}

/// A statement broken in a way no dialect allows: an unclosed bracket or
/// quote, a misspelt core keyword where the engines stop, an empty list
/// item (`(1,, 2)`), or a name glued to a number as in spliced output.
///
/// `code` is the statement's text with the text of its strings and its
/// comments blanked ([`statement_code`]): `ms191239` in
/// `'http://.../ms191239.aspx'` is no splice, and `here` ending a comment no
/// misspelt `WHERE`.
pub(crate) fn structurally_broken(
    code: &str,
    stmt: &Statement,
    stop: usize,
    dialect: Dialect,
) -> bool {
    if stmt.unterminated.is_some() || !stmt.unclosed.is_empty() {
        return true;
    }
    let mut at = stop.min(code.len());
    while !code.is_char_boundary(at) {
        at -= 1;
    }
    let rest = code[at..].trim_start();
    let before = code[..at].trim_end();
    // (SQL Server takes a comma after a table's last column: `CREATE TABLE
    // #t (a int, b int,)`, `DECLARE @t TABLE (...,)`. In `generic`,
    // PostgreSQL and SQLite stopping there together still rejects it.)
    let table_comma = matches!(dialect, Dialect::Mssql | Dialect::Generic)
        && rest.starts_with(')')
        && before.ends_with(',')
        && code[..code.find('(').unwrap_or(0)]
            .split(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
            .any(|w| w.eq_ignore_ascii_case("TABLE"));
    if (rest.starts_with([',', ')']) && before.ends_with([',', '(']) && !table_comma)
        || rest.starts_with(";;")
    {
        return true;
    }
    // A misspelt keyword at the stop or the word before it (`FORM t`).
    let word: String = rest
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
        .collect();
    let previous = before
        .rsplit(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .next()
        .unwrap_or("");
    let prev2 = before[..before.len() - previous.len()]
        .trim_end()
        .rsplit(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .next()
        .unwrap_or("");
    if [word.as_str(), previous, prev2]
        .iter()
        .any(|w| w.len() >= MISSPELT_MIN_LEN && misspelt_keyword(&w.to_ascii_uppercase()))
    {
        return true;
    }
    // `na2461937`: letters then a long run of digits, the letters used as a
    // name elsewhere in the statement.
    // A name with `_` counts when it is written elsewhere in the statement
    // too (`customer_id4821937` beside `customer_id`); `events_20240101`,
    // a sharded table, ends its letters with `_` and is a real name.
    let words = || code.split(|c: char| !(c.is_alphanumeric() || c == '_'));
    words().any(|tok| {
        let letters = tok.trim_end_matches(|c: char| c.is_ascii_digit());
        tok.len() - letters.len() >= SPLICE_MIN_DIGITS
            && letters.len() >= 2
            && (letters.chars().all(char::is_alphabetic)
                || (letters.starts_with(|c: char| c.is_alphabetic())
                    && !letters.ends_with('_')
                    && letters.chars().all(|c| c.is_alphabetic() || c == '_')
                    && words().any(|w| w == letters)))
    })
}

/// A statement's text (as the engines read it) with the text inside its
/// strings and its comments blanked: same offsets, the quotes kept (an
/// empty `''` must not look like `(,`). Dollar-quoted bodies stay.
fn statement_code(script: &Script, stmt: &Statement) -> String {
    let (base, end) = (stmt.span.start, stmt.span.end);
    let from = script.regions.partition_point(|r| r.span.end <= base);
    let spans: Vec<Span> = script.regions[from..]
        .iter()
        .take_while(|r| r.span.start < end)
        .filter(|r| r.span.start >= base && r.span.end <= end)
        // (A `$$ ... $$` body is a routine's code, in whatever language.)
        .filter(|r| script.masked.as_bytes()[r.span.start] != b'$')
        .map(|r| match r.kind {
            RegionKind::String => Span::new(
                r.span.start + 1 - base,
                (r.span.end - 1).max(r.span.start + 1) - base,
            ),
            _ => Span::new(r.span.start - base, r.span.end - base),
        })
        .collect();
    crate::lines::mask(&script.masked[base..end], &spans)
}

/// How many tokens (words, numbers, single punctuation) start between two
/// offsets.
pub(crate) fn tokens_between(sql: &str, a: usize, b: usize) -> usize {
    let (lo, hi) = (a.min(b).min(sql.len()), a.max(b).min(sql.len()));
    let mut count = 0;
    let mut in_word = false;
    for c in sql[lo..hi].chars() {
        let word = c.is_alphanumeric() || c == '_';
        if word && !in_word || !word && !c.is_whitespace() {
            count += 1;
        }
        in_word = word;
    }
    count
}

/// `FROM FROM`, `WHERE WHERE`: a core keyword written twice, where an
/// engine stops at the second.
/// sqlparser reads a doubled core keyword (`FROM FROM users`) as a name;
/// PostgreSQL and SQLite, which run SQL, refuse it. When both stop at a
/// doubled keyword, their no outweighs sqlparser's yes: their errors are
/// added to `errors` and the statement is treated as rejected.
pub(crate) fn doubled_keyword_refuted(
    sql: &str,
    errors: &mut Vec<EngineError>,
    accepted_by: Engine,
) -> bool {
    if !has_doubled_core_keyword(sql) {
        return false;
    }
    let stop = |r: Result<(), EngineError>| r.err().filter(|e| doubled_keyword(sql, e.offset));
    let (Some(pg), Some(lite)) = (stop(check_postgres(sql)), stop(check_sqlite(sql))) else {
        // Dialect syntax may stop PostgreSQL and SQLite earlier; a clause
        // keyword written twice is wrong in every dialect all the same.
        let Some((at, word)) = clause_keyword_twice(sql) else {
            return false;
        };
        errors.push(EngineError {
            engine: accepted_by,
            offset: at,
            message: format!("`{}` written twice", word.to_ascii_uppercase()),
        });
        return true;
    };
    errors.retain(|e| !matches!(e.engine, Engine::Postgres | Engine::Sqlite));
    errors.extend([pg, lite]);
    true
}

/// Two equal core keywords in a row (`FROM FROM`) outside strings and
/// comments, lexically: a cheap filter before asking the engines.
pub(crate) fn has_doubled_core_keyword(sql: &str) -> bool {
    word_twice(sql, CORE_KEYWORDS).is_some()
}

pub(crate) fn doubled_keyword(sql: &str, at: usize) -> bool {
    let at = at.min(sql.len());
    let is_word = |c: char| c.is_ascii_alphanumeric() || c == '_';
    let word: String = sql[at..].chars().take_while(|c| is_word(*c)).collect();
    let before: String = sql[..at]
        .trim_end()
        .chars()
        .rev()
        .take_while(|c| is_word(*c))
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    !word.is_empty()
        && word.eq_ignore_ascii_case(&before)
        && CORE_KEYWORDS.contains(&word.to_ascii_uppercase().as_str())
}

/// One edit (insert, delete, substitute, swap) away from a core keyword,
/// without being a keyword itself.
pub(crate) fn misspelt_keyword(word: &str) -> bool {
    // Two keywords written as one: `GROUPBY`, `LEFTJOIN`.
    const GLUED: &[&str] = &[
        "GROUPBY",
        "ORDERBY",
        "PARTITIONBY",
        "INNERJOIN",
        "LEFTJOIN",
        "RIGHTJOIN",
        "INSERTINTO",
        "DELETEFROM",
        "UNIONALL",
    ];
    if GLUED.contains(&word) {
        return true;
    }
    // A keyword with a digit is a name (`table1`, `order2`), not a typo.
    if dialect_keywords().contains(word) || word.bytes().any(|b| b.is_ascii_digit()) {
        return false;
    }

    // An inflection is a word of its own, not a typo: `CONSTRAINTS`
    // (Oracle's `CASCADE CONSTRAINTS`), `GENERATED`, `ORDERS`.
    let inflection = |k: &str| {
        word.strip_prefix(k)
            .is_some_and(|rest| matches!(rest, "S" | "D" | "ED" | "ES"))
    };
    MISSPELLING_TARGETS
        .iter()
        .any(|k| one_edit(word, k) && !inflection(k))
}

/// The statement's last word starts at `at` and is the start of a core
/// keyword (`DE` of `DESC`, `LIM` of `LIMIT`) and no keyword itself.
fn cut_keyword_at(sql: &str, at: usize) -> bool {
    let end = sql.trim_end().len();
    if at >= end || !sql.is_char_boundary(at) {
        return false;
    }
    let word = &sql[at..end];
    if word.len() < 2 || !word.bytes().all(|b| b.is_ascii_alphabetic()) {
        return false;
    }
    let upper = word.to_ascii_uppercase();
    !dialect_keywords().contains(upper.as_str())
        && CORE_KEYWORDS
            .iter()
            .any(|k| k.len() > upper.len() && k.starts_with(upper.as_str()))
}

/// The word right before `at` is an upper-case word one edit from a
/// clause keyword (`WHRE`, `GROPU`, `ODER`) and no dialect's keyword.
fn misspelt_clause_before(code: &str, at: usize) -> bool {
    const CLAUSES: &[&str] = &[
        "WHERE", "GROUP", "ORDER", "HAVING", "FROM", "SELECT", "JOIN",
    ];
    if at > code.len() || !code.is_char_boundary(at) {
        return false;
    }
    let before = code[..at].trim_end();
    let word = before
        .rsplit(|c: char| !c.is_ascii_alphanumeric())
        .next()
        .unwrap_or("");
    word.len() >= MISSPELT_MIN_LEN
        && word.bytes().all(|b| b.is_ascii_uppercase())
        && !dialect_keywords().contains(word)
        && CLAUSES.iter().any(|k| one_edit(word, k))
}

/// The verbs a statement starts with, for [`misspelt_verb`].
const STATEMENT_VERBS: &[&str] = &[
    "SELECT", "INSERT", "UPDATE", "DELETE", "CREATE", "ALTER", "DROP", "MERGE", "GRANT", "REVOKE",
    "TRUNCATE", "DECLARE", "EXECUTE", "RETURN", "COMMIT", "ROLLBACK",
];

/// A statement (its comments and strings blanked) whose first word is one
/// edit from a statement verb and no dialect's keyword: `DORP TABLE t`,
/// `SELCET a FROM t`, `UDPATE t SET ...`. A name followed by `.`, `(`, `:`
/// or `=` is a call, a label or an assignment, not a verb.
pub(crate) fn misspelt_verb(code: &str) -> bool {
    let rest = code.trim_start();
    let word: String = rest
        .chars()
        .take_while(|c| c.is_ascii_alphabetic())
        .collect();
    let after = rest[word.len()..].trim_start();
    if word.len() < MISSPELT_MIN_LEN
        || !after.starts_with(|c: char| c.is_ascii_alphabetic() || c == '*' || c == '@' || c == '#')
    {
        return false;
    }
    let upper = word.to_ascii_uppercase();
    !dialect_keywords().contains(upper.as_str())
        && STATEMENT_VERBS.iter().any(|v| one_edit(&upper, v))
}

pub(crate) fn one_edit(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a == b {
        return false;
    }
    match a.len() as isize - b.len() as isize {
        0 => {
            let diff: Vec<usize> = (0..a.len()).filter(|i| a[*i] != b[*i]).collect();
            diff.len() == 1
                || (diff.len() == 2
                    && diff[1] == diff[0] + 1
                    && a[diff[0]] == b[diff[1]]
                    && a[diff[1]] == b[diff[0]])
        }
        1 | -1 => {
            let (long, short) = if a.len() > b.len() { (a, b) } else { (b, a) };
            let i = (0..short.len())
                .find(|i| long[*i] != short[*i])
                .unwrap_or(short.len());
            long[i + 1..] == short[i..]
        }
        _ => false,
    }
}

/// A curated dialect keyword used before `offset`: the engines may have
/// misread the statement from there on.
pub(crate) fn curated_word_before(sql: &str, offset: usize) -> Option<String> {
    let end = (offset + 1).min(sql.len());
    let end = (end..=sql.len())
        .find(|i| sql.is_char_boundary(*i))
        .unwrap_or(sql.len());
    // A keyword is written in capitals, or starts the statement; the same
    // word in lower case is usually a column (`stage`, `engine`, `settings`).
    sql[..end]
        .split(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .filter(|w| !w.is_empty())
        .enumerate()
        .find(|(i, w)| {
            let upper = w.to_ascii_uppercase();
            (*i == 0 || *w == upper) && curated_keywords().contains(upper.as_str())
        })
        .map(|(_, w)| w.to_ascii_uppercase())
}

/// The token where `error` stopped, when it is dialect syntax the engine may
/// lack: a keyword outside the core, a variable, a quoting style.
pub(crate) fn gap_keyword(sql: &str, error: &EngineError) -> Option<String> {
    let offset = error.offset;
    let bytes = sql.as_bytes();
    let mut start = offset.min(bytes.len());
    while start < bytes.len() && bytes[start].is_ascii_whitespace() {
        start += 1;
    }
    let mut end = start;
    while end < bytes.len() && (bytes[end].is_ascii_alphanumeric() || bytes[end] == b'_') {
        end += 1;
    }
    // Backquoted names (MySQL, BigQuery) and bracketed ones (T-SQL) are
    // dialect syntax that PostgreSQL stops at.
    if error.engine == Engine::Postgres
        && start < bytes.len()
        && matches!(bytes[start], b'`' | b'[')
    {
        return Some((bytes[start] as char).to_string());
    }
    // Variables and parameters (`@x` in T-SQL, `:x`, `$1`) are dialect syntax.
    if start < bytes.len() && matches!(bytes[start], b'@' | b':' | b'$' | b'?') {
        let len = sql[start..]
            .char_indices()
            .skip(1)
            .find(|(_, c)| !(c.is_alphanumeric() || *c == '_' || *c == '@'))
            .map_or(sql.len() - start, |(i, _)| i);
        if len > 1 {
            return Some(sql[start..start + len].to_string());
        }
    }
    if end == start || bytes[start].is_ascii_digit() {
        return None;
    }
    let word = sql[start..end].to_ascii_uppercase();
    (dialect_keywords().contains(word.as_str()) && !CORE_KEYWORDS.contains(&word.as_str()))
        .then_some(word)
}

/// The leading words of a statement (comments skipped): (offset, word).
fn leading_words(sql: &str, n: usize) -> Vec<(usize, &str)> {
    let b = sql.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() && out.len() < n {
        if b[i..].starts_with(b"--") {
            i = memchr::memchr(b'\n', &b[i..]).map_or(b.len(), |p| i + p);
        } else if b[i..].starts_with(b"/*") {
            i = memchr::memmem::find(&b[i..], b"*/").map_or(b.len(), |p| i + p + 2);
        } else if b[i].is_ascii_alphabetic() || b[i] == b'_' {
            let s = i;
            while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'_') {
                i += 1;
            }
            out.push((s, &sql[s..i]));
        } else if b[i].is_ascii_whitespace()
            || b[i] == b'.'
            || b[i] == b'"'
            || b[i] == b'`'
            || b[i] == b'['
            || b[i] == b']'
        {
            i += 1;
        } else {
            break;
        }
    }
    out
}

/// The statement kind (`DBCC`) or object type (`CREATE STREAMLIT`, `ALTER
/// TABLE ... UPDATE`) where the engines stopped, when it is a word that is
/// not a misspelt keyword.
pub(crate) fn unknown_kind(sql: &str, stop: usize) -> Option<String> {
    const MODIFIERS: &[&str] = &[
        "OR",
        "REPLACE",
        "IF",
        "NOT",
        "EXISTS",
        "TEMP",
        "TEMPORARY",
        "GLOBAL",
        "LOCAL",
        "SECURE",
        "TRANSIENT",
        "EXTERNAL",
        "MATERIALIZED",
        "UNIQUE",
        "CLUSTERED",
        "NONCLUSTERED",
        "PRIMARY",
        "RECURSIVE",
        "VOLATILE",
        "DYNAMIC",
        "HYBRID",
        "ICEBERG",
        "EVENT",
        "IMAGE",
        "GIT",
    ];
    let words = leading_words(sql, 6);
    let (first_at, first) = *words.first()?;
    let end = |(at, w): (usize, &str)| at + w.len();
    let known = |w: &str| {
        let upper = w.to_ascii_uppercase();
        misspelt_keyword(&upper).then_some(()).is_none()
    };
    let upper = first.to_ascii_uppercase();
    if stop <= end((first_at, first)) {
        // A statement keyword is written in capitals or is some dialect's
        // keyword; `def`, `import`, `const` are another language.
        let keyword_like = first.bytes().all(|b| b.is_ascii_uppercase() || b == b'_')
            || dialect_keywords().contains(upper.as_str());
        return (first.len() >= 2
            && keyword_like
            && known(first)
            && !CORE_KEYWORDS.contains(&upper.as_str()))
        .then_some(upper);
    }
    if !matches!(upper.as_str(), "CREATE" | "ALTER" | "DROP") {
        return None;
    }
    let mut rest = words[1..].iter().copied();
    let mut kind = vec![upper.clone()];
    for (at, w) in rest.by_ref() {
        let u = w.to_ascii_uppercase();
        let modifier = MODIFIERS.contains(&u.as_str());
        kind.push(u.clone());
        if stop <= end((at, w)) {
            return known(w).then(|| kind.join(" "));
        }
        if !modifier {
            // `ALTER TABLE t UPDATE`: the action after the table's name.
            if upper == "ALTER" && u == "TABLE" {
                let _name = rest.next()?;
                let (at, action) = rest.next()?;
                if stop <= end((at, action)) && stop >= at {
                    return known(action)
                        .then(|| format!("ALTER TABLE ... {}", action.to_ascii_uppercase()));
                }
            }
            return None;
        }
    }
    None
}

/// A clause keyword written twice in a row outside strings and comments
/// (`FROM FROM`, `WHERE WHERE`, `SELECT SELECT`): valid in no dialect, so
/// evidence wherever the engines stopped.
pub(crate) fn clause_keyword_twice(sql: &str) -> Option<(usize, &str)> {
    const CLAUSES: &[&str] = &[
        "SELECT", "FROM", "WHERE", "JOIN", "HAVING", "INSERT", "INTO", "VALUES", "UPDATE",
        "DELETE", "ORDER", "GROUP",
    ];
    word_twice(sql, CLAUSES)
}

/// The first word of `words` written twice in a row (white space and
/// comments between them) outside strings and comments: where the second
/// one starts.
fn word_twice<'a>(sql: &'a str, words: &[&str]) -> Option<(usize, &'a str)> {
    let b = sql.as_bytes();
    let mut i = 0;
    let mut previous: Option<&str> = None;
    while i < b.len() {
        let c = b[i];
        if c == b'\'' || c == b'"' || c == b'`' {
            i = memchr::memchr(c, &b[i + 1..]).map_or(b.len(), |p| i + 1 + p + 1);
            previous = None;
        } else if b[i..].starts_with(b"--") {
            i = memchr::memchr(b'\n', &b[i..]).map_or(b.len(), |p| i + p);
        } else if b[i..].starts_with(b"/*") {
            i = memchr::memmem::find(&b[i..], b"*/").map_or(b.len(), |p| i + p + 2);
        } else if c.is_ascii_alphanumeric() || c == b'_' {
            let s = i;
            while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'_') {
                i += 1;
            }
            let word = &sql[s..i];
            if previous.is_some_and(|p| p.eq_ignore_ascii_case(word))
                && words.iter().any(|k| k.eq_ignore_ascii_case(word))
            {
                return Some((s, word));
            }
            previous = Some(word);
        } else {
            if !c.is_ascii_whitespace() {
                previous = None;
            }
            i += 1;
        }
    }
    None
}

/// Where the dialect's engine stops at the first word of a line that
/// holds a list item (a select item, a column definition) at the same
/// indentation as the item above it, which lacks the `,` that the line
/// above it ends with:
///
/// ```sql
///        COUNT(*) AS [Lines]
///        SUM(pli.[Qty]) AS [Units],
/// ```
///
/// A line that opens a clause or a statement (`FROM`, T-SQL's next
/// `SELECT` without `;`) or a table constraint is no item.
pub(crate) fn item_line_without_comma(sql: &str, at: usize) -> bool {
    const OPENS: &[&str] = &[
        "SELECT",
        "FROM",
        "WHERE",
        "GROUP",
        "ORDER",
        "HAVING",
        "UNION",
        "EXCEPT",
        "INTERSECT",
        "MINUS",
        "INSERT",
        "UPDATE",
        "DELETE",
        "MERGE",
        "SET",
        "DECLARE",
        "IF",
        "ELSE",
        "ELSIF",
        "WHILE",
        "FOR",
        "LOOP",
        "BEGIN",
        "END",
        "EXEC",
        "EXECUTE",
        "RETURN",
        "RETURNS",
        "PRINT",
        "RAISERROR",
        "THROW",
        "WITH",
        "CREATE",
        "ALTER",
        "DROP",
        "GO",
        "JOIN",
        "INNER",
        "LEFT",
        "RIGHT",
        "FULL",
        "CROSS",
        "OUTER",
        "ON",
        "AND",
        "OR",
        "NOT",
        "WHEN",
        "THEN",
        "CASE",
        "LIMIT",
        "OFFSET",
        "FETCH",
        "WINDOW",
        "QUALIFY",
        "CONSTRAINT",
        "PRIMARY",
        "FOREIGN",
        "UNIQUE",
        "CHECK",
        "INDEX",
        "KEY",
        "PERIOD",
        "LIKE",
        "INTO",
        "VALUES",
        "OUTPUT",
        "OPTION",
        "USING",
        "AS",
        "IS",
        "IN",
        "BETWEEN",
        "TRUNCATE",
        "GRANT",
        "REVOKE",
        "COMMIT",
        "ROLLBACK",
        "CALL",
        "USE",
        "LET",
        "PARTITION",
        "CLUSTER",
        "DISTRIBUTE",
        "SORT",
        "LATERAL",
        "PIVOT",
        "UNPIVOT",
        "TABLESAMPLE",
        "FOREACH",
        "DEFAULT",
        "COLLATE",
        "REFERENCES",
        "NULL",
        "GENERATED",
        "IDENTITY",
        "COMMENT",
        "ENGINE",
        "TBLPROPERTIES",
        "OPTIONS",
        "LOCATION",
        "STORED",
        "ROW",
        "ROWS",
        "RANGE",
        "FILTER",
        "OVER",
        "WITHIN",
        "ASC",
        "DESC",
        "NULLS",
        "ESCAPE",
        "CASCADE",
        "RESTRICT",
        "WAITFOR",
        "BREAK",
        "CONTINUE",
        "GOTO",
        "OPEN",
        "CLOSE",
        "DEALLOCATE",
        "FETCH",
        "SAVE",
        "EXCLUDE",
        "INCLUDE",
        "FILESTREAM_ON",
        "TEXTIMAGE_ON",
        "LOCK",
        "UNLOCK",
        "SHOW",
        "DESCRIBE",
        "EXPLAIN",
        "ANALYZE",
        "VACUUM",
        "COPY",
        "PUT",
        "GET",
        "LIST",
        "REMOVE",
        "UNDROP",
    ];
    if at >= sql.len() || !sql.is_char_boundary(at) {
        return false;
    }
    let line_start = sql[..at].rfind('\n').map_or(0, |p| p + 1);
    if !sql[line_start..at].trim().is_empty() {
        return false;
    }
    let indent = at - line_start;
    let word: String = sql[at..]
        .trim_start_matches(['[', '`', '"'])
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
        .collect();
    if word.is_empty() || OPENS.contains(&word.to_ascii_uppercase().as_str()) {
        return false;
    }
    let Some((item, before)) = two_code_lines_above(sql, line_start) else {
        return false;
    };
    let item_indent = item.len() - item.trim_start().len();
    // The item above ends with a name, a quoted name, a number or `)`.
    let item_ends = item
        .ends_with(|c: char| c.is_ascii_alphanumeric() || matches!(c, '_' | ']' | '`' | '"' | ')'));
    let item_first = item
        .trim_start()
        .trim_start_matches(['[', '`', '"'])
        .split(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .next()
        .unwrap_or("")
        .to_ascii_uppercase();
    item_indent == indent
        && item_ends
        && !OPENS.contains(&item_first.as_str())
        && before.ends_with(',')
}

/// The two lines of code right above `line_start` (blank lines and `--`
/// comments skipped), nearest first.
fn two_code_lines_above(sql: &str, line_start: usize) -> Option<(&str, &str)> {
    let mut above = sql[..line_start].lines().rev().filter_map(|l| {
        let l = l.split("--").next().unwrap_or("").trim_end();
        (!l.trim().is_empty()).then_some(l)
    });
    Some((above.next()?, above.next()?))
}

/// A table's key or constraint with its column list, on a line of its own
/// where the engine stops (`primary key(id)`, `key i_idx(i)`, `FOREIGN KEY
/// (a) REFERENCES ...`), under an item at the same indentation that lacks
/// the `,` the items above it end with: a missing comma. (Not in T-SQL,
/// which takes a table constraint without one; a column constraint on a
/// line of its own, `CONSTRAINT c CHECK (...)` or `PRIMARY KEY,`, names no
/// column list.)
pub(crate) fn table_item_without_comma(sql: &str, at: usize, dialect: Dialect) -> bool {
    if matches!(dialect, Dialect::Mssql) || at > sql.len() || !sql.is_char_boundary(at) {
        return false;
    }
    let line_start = sql[..at].rfind('\n').map_or(0, |p| p + 1);
    let line_end = sql[at..].find('\n').map_or(sql.len(), |p| at + p);
    let line = &sql[line_start..line_end];
    let code = line.trim_start();
    let indent = line.len() - code.len();
    let upper = code.to_ascii_uppercase();
    let words: Vec<&str> = upper
        .split(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .filter(|w| !w.is_empty())
        .take(3)
        .collect();
    let column_list = match words.as_slice() {
        ["PRIMARY" | "FOREIGN", "KEY", ..] => 2,
        ["UNIQUE", "KEY" | "INDEX", ..] | ["KEY" | "INDEX" | "FULLTEXT" | "SPATIAL", ..] => 3,
        _ => 0,
    };
    // The column list follows the first words, and the engine stops no
    // later than its `(`.
    let Some(open) = code.find('(') else {
        return false;
    };
    if column_list == 0
        || code[..open].split_whitespace().count() > column_list
        || at > line_start + indent + open
    {
        return false;
    }
    let Some((item, before)) = two_code_lines_above(sql, line_start) else {
        return false;
    };
    let item_indent = item.len() - item.trim_start().len();
    item_indent == indent && !item.ends_with([',', '(']) && before.ends_with(',')
}

/// Where a list stops without its `,`: a missing comma, not a clause the
/// engines lack (`NOT NULL FOREIGN KEY ...`, `GENERATED BY DEFAULT ON NULL`,
/// `COLLATE ... MASKED`): the token found is a literal (`(1 2)`), or a name
/// that is no keyword followed by a data type (`Quantity int NOT NULL
/// MovedAt datetime2`).
pub(crate) fn missing_comma(sql: &str, at: usize) -> bool {
    const TYPES: &[&str] = &[
        "INT",
        "INTEGER",
        "BIGINT",
        "SMALLINT",
        "TINYINT",
        "MEDIUMINT",
        "TEXT",
        "VARCHAR",
        "NVARCHAR",
        "CHAR",
        "NCHAR",
        "CHARACTER",
        "DATE",
        "DATETIME",
        "DATETIME2",
        "DATETIMEOFFSET",
        "SMALLDATETIME",
        "TIMESTAMP",
        "TIMESTAMPTZ",
        "TIME",
        "BOOLEAN",
        "BOOL",
        "BIT",
        "DECIMAL",
        "NUMERIC",
        "FLOAT",
        "REAL",
        "DOUBLE",
        "MONEY",
        "UUID",
        "UNIQUEIDENTIFIER",
        "JSON",
        "JSONB",
        "BLOB",
        "CLOB",
        "NUMBER",
        "VARCHAR2",
        "NVARCHAR2",
        "STRING",
        "INT64",
        "FLOAT64",
        "SERIAL",
        "BIGSERIAL",
        "BINARY",
        "VARBINARY",
        "BYTEA",
        "XML",
        "INTERVAL",
        "INT2",
        "INT4",
        "INT8",
        "FLOAT4",
        "FLOAT8",
        "LONGTEXT",
        "MEDIUMTEXT",
        "TINYTEXT",
        "ENUM",
        "INET",
        "CIDR",
        "MACADDR",
        "GEOMETRY",
        "GEOGRAPHY",
        "VARIANT",
        "OBJECT",
        "ARRAY",
        "STRUCT",
        "MAP",
    ];
    let rest = sql[at.min(sql.len())..].trim_start();
    // `c3 AS 2 * c1`: a computed column (T-SQL, MySQL), not two items.
    let before = sql[..at.min(sql.len())].trim_end();
    let bb = before.as_bytes();
    let after_as = bb.len() >= 3
        && bb[bb.len() - 2..].eq_ignore_ascii_case(b"AS")
        && !(bb[bb.len() - 3].is_ascii_alphanumeric() || bb[bb.len() - 3] == b'_');
    if after_as {
        return false;
    }
    if rest.starts_with(|c: char| c.is_ascii_digit() || c == '\'' || c == '"') {
        // A literal after a keyword is that keyword's argument (`DEFAULT
        // 'uri'`, `COLLATE 'C'`), not a second item.
        let previous = before
            .rsplit(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
            .next()
            .unwrap_or("");
        let upper = previous.to_ascii_uppercase();
        let keyword = CORE_KEYWORDS.contains(&upper.as_str())
            || (previous == upper && curated_keywords().contains(upper.as_str()));
        return !keyword;
    }
    // A quoted name (`tier`, [tier]) followed by a data type.
    if let Some(close) = match rest.chars().next() {
        Some('`') => Some('`'),
        Some('[') => Some(']'),
        _ => None,
    } {
        let Some(end) = rest[1..].find(close) else {
            return false;
        };
        let after = rest[1 + end + 1..].trim_start();
        let next: String = after
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
            .collect();
        return TYPES.contains(&next.to_ascii_uppercase().as_str());
    }
    let word = |s: &str| -> String {
        s.chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
            .collect()
    };
    let first = word(rest);
    if first.is_empty() {
        return false;
    }
    let upper = first.to_ascii_uppercase();
    if CORE_KEYWORDS.contains(&upper.as_str()) || dialect_keywords().contains(upper.as_str()) {
        return false;
    }
    let next = word(rest[first.len()..].trim_start()).to_ascii_uppercase();
    TYPES.contains(&next.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_list_item_without_its_comma() {
        let sql =
            "SELECT a,\n       COUNT(*) AS [Lines]\n       SUM(q) AS [Units],\n       b\nFROM t";
        let at = sql.find("SUM").unwrap();
        assert!(item_line_without_comma(sql, at));
        // A clause on the next line, an indented continuation, a first item.
        let sql = "SELECT a,\n       b\n       FROM t";
        assert!(!item_line_without_comma(sql, sql.find("FROM").unwrap()));
        let sql = "SELECT a,\n       b\n           + c AS d";
        assert!(!item_line_without_comma(sql, sql.find("+ c").unwrap()));
        let sql = "CREATE TABLE t (\n  a INT\n  b INT\n)";
        assert!(!item_line_without_comma(sql, sql.find("b INT").unwrap()));
        assert!(misspelt_clause_before("SELECT a FROM t r WHRE DATE(x)", 23));
        assert!(!misspelt_clause_before("SELECT a FROM t whre DATE(x)", 21));
        assert!(!misspelt_clause_before("SELECT a FROM t FORMS DATE(x)", 22));
    }

    #[test]
    fn a_keyword_cut_at_the_end() {
        let sql = "SELECT a FROM t ORDER BY a DE";
        assert!(cut_keyword_at(sql, sql.len() - 2));
        // A whole keyword, a name no keyword starts with, one letter.
        assert!(!cut_keyword_at("SELECT a FROM t ORDER BY a DESC", 27));
        assert!(!cut_keyword_at("SELECT a FROM t x", 16));
        assert!(!cut_keyword_at("SELECT a FROM t D", 16));
    }

    #[test]
    fn a_case_left_open() {
        assert_eq!(open_case("SELECT CASE WHEN a THEN 1"), Some(7));
        assert_eq!(
            open_case("SELECT CASE WHEN a THEN CASE WHEN b THEN 2 END"),
            Some(7)
        );
        assert_eq!(
            open_case("SELECT CASE WHEN a THEN 1 END, t.case FROM t"),
            None
        );
        // A routine's body is not judged; a CASE without WHEN is no CASE.
        assert_eq!(open_case("BEGIN TRAN; SELECT CASE WHEN a THEN 1 END"), None);
        assert_eq!(open_case("SELECT x AS case_"), None);
    }

    #[test]
    fn a_name_glued_to_digits_in_an_accepted_statement() {
        let spliced = |t: &str| {
            let script = super::super::splitter::split(t, Dialect::Generic);
            analyze_script(t, &script, Dialect::Generic)
                .errors
                .iter()
                .any(|e| e.message.contains("looks spliced"))
        };
        assert!(spliced(
            "SELECT a FROM hits;\nSELECT c FROM hits8509171, s WHERE x = 1;\n"
        ));
        // Not in a string or comment, not a date, not a name written twice,
        // not letters the file uses nowhere else, not a qualified name.
        assert!(!spliced(
            "SELECT 'hits8509171' FROM hits;\n-- hits8509171\n"
        ));
        assert!(!spliced(
            "SELECT * FROM events20240101;\nSELECT * FROM events;\n"
        ));
        assert!(!spliced("SELECT bug3031915 FROM t;\n"));
        assert!(!spliced("SELECT a FROM t;\nSELECT t.a1234567 FROM t;\n"));
        assert!(!spliced(
            "CREATE TABLE a1234567 (x int);\nSELECT a FROM a1234567;\n"
        ));
        assert!(date_like("202401") && date_like("20240131") && !date_like("8509171"));
    }

    #[test]
    fn a_table_key_under_an_item_without_its_comma() {
        let key = "create table t (\n  id int auto_increment,\n  i int not null,\n  primary key(id)\n  key i_idx(i)\n);";
        let virt = "create table t (\n  a int,\n  s int as (a + 1) virtual\n  primary key(id)\n);";
        let col = "create table t (\n  a int,\n  id integer\n  primary key,\n  b int\n);";
        let deeper = "create table t (\n  a int,\n  b int\n    primary key(b)\n);";
        let first = "create table t (\n  b int\n  primary key(b)\n);";
        for (sql, stop, dialect, missing) in [
            (key, "key i_idx", Dialect::Mysql, true),
            (virt, "(id)", Dialect::Mysql, true),
            // T-SQL takes it; a column constraint on its own line names no
            // column list; a continuation is indented deeper; the stop is
            // later; no item above ends with a comma.
            (key, "key i_idx", Dialect::Mssql, false),
            (col, "primary", Dialect::Mysql, false),
            (deeper, "primary", Dialect::Mysql, false),
            (key, "i)", Dialect::Mysql, false),
            (first, "primary", Dialect::Mysql, false),
        ] {
            let at = sql.find(stop).unwrap();
            assert_eq!(
                table_item_without_comma(sql, at, dialect),
                missing,
                "{sql:?} at {stop:?} ({dialect:?})"
            );
        }
    }
}
