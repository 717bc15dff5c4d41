"""Generate README.md for tune-sql3 from the corpus entries and verification.tsv."""
import os, sys, csv, sqlite3
from collections import Counter, defaultdict
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import build
import sqlglot, pglast, duckdb

OUT = build.OUT
DIALECTS = build.DIALECTS
RULES = build.RULES

entries = build.load()
for e in entries:
    build.check(e)
rows = list(csv.reader(open(os.path.join(OUT, 'verification.tsv'), encoding='utf-8'), delimiter='\t'))[1:]
primary = {r[0]: r for r in rows if '(repaired copy)' not in r[1] and not r[1].startswith('proxy')}
repaired = {r[0]: r for r in rows if '(repaired copy)' in r[1]}
proxy = {r[0]: r for r in rows if r[1].startswith('proxy')}

L = []
w = L.append
w('# tune-sql3: labelled corpus of broken and valid LLM-style SQL (TUNING set)')
w('')
w('**This is a TUNING set**, not a held-out evaluation set: it may be looked at and used to adjust')
w('gencheck\'s SQL rules and thresholds. Written 2026-12-03.')
w('')
w('Each file is a "model-written" SQL file (or a file that claims to be one) with a known label. The label is')
w('the folder name directly under `tune-sql3/`; the second folder is the SQL dialect. File names describe the')
w('subject of the SQL, never the verdict.')
w('')
w('## Counts')
w('')
w('| rule | ' + ' | '.join(DIALECTS) + ' | other | total |')
w('|---|' + '---|' * (len(DIALECTS) + 2))
c = Counter((e['rule'], e['dialect']) for e in entries)
for r in RULES:
    cells = [str(c[(r, d)]) for d in DIALECTS] + [str(c[(r, 'other')])]
    w(f'| {r} | ' + ' | '.join(cells) + f' | {sum(c[(r, d)] for d in DIALECTS + ["other"])} |')
w(f'| **total** | ' + ' | '.join(str(sum(c[(r, d)] for r in RULES)) for d in DIALECTS) +
  f' | {sum(c[(r, "other")] for r in RULES)} | **{len(entries)}** |')
w('')
nonl = sum(1 for e in entries if not e['final_nl'])
w(f'{nonl} of the {len(entries)} files have no final newline (see the `final_newline` column of `manifest.tsv`). '
  'No file contains a CR character. Every file has 10-60 lines.')
w('')
w('## What each cell contains')
w('')
w('- **syntax-error/** (6 per dialect): realistic SQL with exactly one real grammar error, never on line 1 and '
  'never in the last three lines; everything else is valid for that dialect. Kinds, varied per dialect: missing '
  'comma between select items (`s.StudentId s.Email`, `e.route_id e.region`, `price quantity AS x`) or between '
  'column definitions (after a constraint/DEFAULT/OPTIONS so it cannot be read as an alias or a multi-word type); '
  'doubled keywords (`SELECT SELECT`, `WHERE WHERE`, `GROUP BY GROUP BY`); misspelt keywords in every position '
  '(`SELET`, `FRMO`, `WHRE`, `GRUOP BY`, `ODER BY`, `HAVNG`, `INSRT`, `DELEET`, `CRAETE TABLE`, `JION`, '
  '`LEFT JION`); unclosed `(` followed by more statements; extra `)`; unterminated strings; trailing comma before '
  'FROM (only MySQL, PostgreSQL, SQLite, where it is an error); output splices (`o.customer_idSELECT ...`, '
  '`\'actcount(*) > 5`, `p.categoryORDER BY`, `w.warehouse_nFROM`); CASE missing THEN or END; operator missing an '
  'operand (`x > AND ...`); clauses in the wrong order (ORDER BY before WHERE, LIMIT before ORDER BY, HAVING before '
  'GROUP BY); VALUES tuples without a comma; a column without a type (PostgreSQL, DuckDB); a stray prose word in a '
  'position where it cannot be an alias (`WHERE the p.paid_start`, `= 0 which`, `GROUP BY region below`); JOIN '
  'without ON (T-SQL, Oracle, DuckDB). `manifest.tsv` gives the kind and the defect line.')
w('- **placeholder/** (3 per dialect): the model elided real SQL. Comment-only elisions that leave the file '
  'parseable (`-- (other contact columns as before)`, `/* other country mappings follow the same pattern */`, '
  '`-- (repeat for the other 9 months)`, `-- TODO: add the remaining indexes ...`, `-- rest of the procedure stays '
  'the same ...`, `-- [snip] ...`, `-- etc. ...`, ...) and markers that break it (bare `...`/`…` lines, `...` in '
  'VALUES/IN/column lists, `(...)` tuples, `AND ...`, `<rest of query>`, `<other metrics>`, `{{ extra_filters }}`, '
  '`[...]`, a prose line `(rest of function body)`). No elision phrase is repeated. Positions: select/column lists, '
  'CASE, WHERE, between statements, procedure/trigger/package bodies, MERGE SET lists, PIVOT IN lists.')
w('- **truncated/** (3 per dialect, one of each kind): (a) cut mid-token or mid-string with no final newline; '
  '(b) stops at a line end inside an open construct (CASE, `(`, BEGIN/TRY block, `$$` body, procedure/trigger/'
  'macro body, CREATE TABLE column list) with a final newline; (c) the last statement is visibly incomplete '
  '(`WHERE`, `AND`, `ORDER BY`, `VALUES`, `USING`, `SET x =`, `ON p.OrderId =`, `LEFT JOIN payments p`, `<`) and '
  'has no `;` while every earlier statement has one.')
w('- **language-mismatch/** (1 per dialect): `.sql` files whose content is another language that involves SQL: '
  'Rails migration (mysql), PowerShell Invoke-Sqlcmd (mssql), Liquibase XML changelog (snowflake), dbt '
  'sources.yml (bigquery), Flyway Java migration (redshift), Go repository file (clickhouse, cut mid-line), '
  'Jupyter notebook JSON (databricks, cut mid-line), Python with SQL strings (duckdb, cut mid-line), C# EF Core '
  'migration (oracle), Prisma schema (postgres), Kotlin Exposed table (sqlite). `language-mismatch/other/` holds '
  '6 files of valid (PostgreSQL-compatible) SQL saved as `.py`, `.js`, `.ts`, `.json`, `.yml`, `.sh`.')
w('- **clean/** (4 per dialect): valid SQL chosen to be hard to accept: MySQL DELIMITER procedures/triggers, '
  'backticks, JSON_TABLE; T-SQL GO batches, TRY/CATCH, MERGE ... OUTPUT, brackets; Snowflake `$$` scripting '
  'procedures, LET/RESULTSET, VARIANT `:` paths, FLATTEN, QUALIFY, stages/streams/tasks; BigQuery scripting, '
  'backticked project.dataset.table, STRUCT/ARRAY, `* EXCEPT(...) REPLACE(...)`; Redshift DISTKEY/SORTKEY/ENCODE, '
  'COPY, UNLOAD, plpgsql procedures; ClickHouse engines, TTL, CODEC, lambdas, `{name:Type}` parameters, FORMAT, '
  'LIMIT BY, PREWHERE; Databricks USING DELTA, MERGE INTO, OPTIMIZE ZORDER BY, VACUUM, time travel, higher-order '
  'functions; DuckDB FROM-first, trailing commas, COLUMNS(), GROUP BY ALL, list comprehensions, macros, PIVOT, '
  'ASOF JOIN; Oracle packages and triggers ended by `/` lines, CONNECT BY, q-quotes; PostgreSQL plpgsql, DO '
  'blocks, psql `\\set`/`\\echo`/`:\'var\'`, `COPY ... FROM stdin` data ended by `\\.`, EXCLUDE constraints; SQLite '
  'STRICT/WITHOUT ROWID, UPSERT, RETURNING, triggers, JSON. Comments and strings contain "TODO", "rest of", '
  '"unchanged", "Note:", "Here is", "..." and `-- ----` separator lines. Per dialect one clean file has no final '
  'newline and a different one ends with a statement that has no `;`.')
w('')
w('## How it was written')
w('')
w('All files were written from general knowledge of the SQL dialects and of how language models write and break '
  'SQL. Nothing else in the repository was read (no gencheck source, tests, fixtures, scripts, README or other '
  'holdout folders), and neither gencheck nor cargo was run. The files are emitted by the generator scripts in '
  '`generator/` (`corpus.py` registry, one `d_<dialect>.py` per dialect plus `d_other.py`, `build.py`, '
  '`verify.py`, `readme.py`); every file body is a Python string literal, so final newlines and their absence '
  'are exact. `build.py` asserts the line-count range, no CR characters, a unique defect marker per syntax-error '
  'file whose line is neither line 1 nor in the last three lines, the truncation kind invariants, the two '
  'clean-file ending variants per dialect, and unique placeholder phrases.')
w('')
w('## How it was verified')
w('')
w(f'Python 3.11 venv with sqlglot {sqlglot.__version__}, pglast {pglast.__version__}, duckdb {duckdb.__version__}; '
  f'Python\'s sqlite3 module (SQLite {sqlite3.sqlite_version}).')
w('')
w('- **postgres** and **language-mismatch/other**: `pglast.parse_sql`; every plpgsql `CREATE FUNCTION`/`DO` body is '
  'also parsed with `pglast.parse_plpgsql`. psql meta-command lines and `COPY ... FROM stdin` data blocks are '
  'blanked and `:var`/`:\'var\'` substituted before parsing (recorded in the detail column).')
w('- **sqlite**: `executescript` on a fresh `:memory:` database. All SQLite files are self-contained (they create '
  'the tables they use), so a failure is a real syntax error except where the detail says otherwise.')
w('- **duckdb**: `duckdb.connect().extract_statements` (parser only); clean DuckDB files are self-contained and '
  'were also executed statement by statement on an in-memory database.')
w('- **mysql, mssql, snowflake, bigquery, redshift, clickhouse, databricks, oracle**: `sqlglot.parse(text, read=...)` '
  '(`tsql` for mssql). MySQL is split on `DELIMITER` and parsed statement by statement; T-SQL is split on `GO` '
  'lines; Oracle is split on `/` lines and PL/SQL units (CREATE PACKAGE/PROCEDURE/FUNCTION/TRIGGER, anonymous '
  'blocks) are skipped because sqlglot has no PL/SQL grammar. A parse that only succeeds because sqlglot fell back '
  'to an opaque `Command` node, that contains `$$` bodies sqlglot sees only as strings, or that skipped '
  'unparseable stored-program/PL/SQL units is recorded as `note`.')
w('- **syntax-error repair check**: for every syntax-error file one string replacement (recorded in the detail) '
  'repairs the defect; the repaired copy was run through the same checker (copies not kept).')
w('- **proxy check**: where sqlglot accepted a syntax-error file, the defective statement alone (and its repaired '
  'form) was also run through DuckDB\'s and PostgreSQL\'s real grammars; a row `proxy ...` records the outcome.')
w('')
w('`verification.tsv` has one row per file and checker (path, checker, result ok/rejected/note, detail); '
  '`manifest.tsv` has path, rule, dialect, description (defect/elision/cut line as `(line N)`, or the hard '
  'features for clean files) and whether the file ends with a newline.')
w('')
w('## Results by rule')
w('')
EXPECT = {'syntax-error': 'rejected', 'truncated': 'rejected', 'clean': 'ok'}
res = defaultdict(Counter)
for e in entries:
    p = build.relpath(e)
    key = e['rule']
    if e['rule'] == 'placeholder':
        key = 'placeholder (breaking marker)' if e['breaks'] else 'placeholder (comment-only)'
    if e['rule'] == 'language-mismatch':
        key = 'language-mismatch (other/: valid SQL, wrong extension)' if e['dialect'] == 'other' else 'language-mismatch (per dialect)'
    res[key][primary[p][2]] += 1
order = ['syntax-error', 'placeholder (breaking marker)', 'placeholder (comment-only)', 'truncated',
         'language-mismatch (per dialect)', 'language-mismatch (other/: valid SQL, wrong extension)', 'clean']
exp_txt = {'syntax-error': 'rejected', 'placeholder (breaking marker)': 'rejected',
           'placeholder (comment-only)': 'ok (the SQL is valid; the label is about elided content)',
           'truncated': 'rejected', 'language-mismatch (per dialect)': 'rejected',
           'language-mismatch (other/: valid SQL, wrong extension)': 'ok (the SQL is valid; the label is about the extension)',
           'clean': 'ok'}
w('| cell | files | parser expectation | ok | rejected | note |')
w('|---|---|---|---|---|---|')
for k in order:
    v = res[k]
    w(f'| {k} | {sum(v.values())} | {exp_txt[k]} | {v["ok"]} | {v["rejected"]} | {v["note"]} |')
w('')
rep = Counter(r[2] for r in repaired.values())
w(f'Repaired syntax-error copies: {rep["ok"]} ok, {rep["note"]} note, {rep["rejected"]} rejected. '
  f'Proxy rows: {sum(1 for r in proxy.values() if r[2] == "rejected")} of {len(proxy)} confirm the defect.')
w('')
w('### Disagreements between labels and checkers, explained')
w('')
w('Every row below is a checker limitation or a deliberate property of the label, not a labelling error.')
w('')
EXPLAIN = {
 'syntax-error/mysql/sales_by_region_report.sql': 'sqlglot accepts a trailing comma before FROM in every dialect; MySQL rejects it. Proxy: PostgreSQL rejects the statement and accepts the repair (DuckDB accepts both, it allows trailing commas).',
 'syntax-error/mssql/open_invoices_by_account.sql': 'sqlglot accepts INNER JOIN without ON; SQL Server requires ON for INNER/LEFT JOIN. Proxy: DuckDB and PostgreSQL reject the statement and accept the repair.',
 'syntax-error/snowflake/late_invoices.sql': 'sqlglot does not enforce clause order (ORDER BY before WHERE parses). Proxy: DuckDB rejects the statement and accepts the repair (pglast rejects both because PostgreSQL does not allow parentheses after CURRENT_DATE).',
 'syntax-error/redshift/slowest_queries.sql': 'sqlglot does not enforce clause order (LIMIT before ORDER BY parses). Proxy: DuckDB and PostgreSQL reject the statement and accept the repair.',
 'syntax-error/clickhouse/order_size_bands.sql': 'sqlglot accepts `WHEN cond \'medium\'` with THEN missing. Proxy: DuckDB and PostgreSQL reject the statement and accept the repair.',
 'syntax-error/oracle/open_orders_by_rep.sql': 'sqlglot accepts JOIN without ON; Oracle requires ON/USING for an inner join. Proxy: DuckDB and PostgreSQL reject the statement and accept the repair.',
 'placeholder/mysql/close_stale_carts_proc.sql': 'the bare `...` line is inside a DELIMITER procedure body; sqlglot cannot parse MySQL stored-program bodies at all, so the unit was not checked (note).',
 'placeholder/oracle/pkg_billing_body.sql': 'comment-only elision inside a PL/SQL package body; PL/SQL is skipped (note).',
 'placeholder/snowflake/sp_refresh_daily_kpis.sql': 'comment-only elision inside a `$$` Snowflake Scripting body, which sqlglot treats as a string; CALL is a Command (note).',
 'placeholder/redshift/sp_truncate_staging.sql': 'comment-only elision inside a `$$` plpgsql body, a string to sqlglot; CALL is a Command (note).',
 'placeholder/redshift/grant_read_access.sql': 'CREATE GROUP / GRANT ... ALL TABLES / ALTER DEFAULT PRIVILEGES / ALTER GROUP fall back to Command (note); the elision itself is a comment.',
 'placeholder/databricks/gold_table_maintenance.sql': 'OPTIMIZE and VACUUM fall back to Command (note); the elision itself is a comment.',
 'placeholder/sqlite/contact_export.sql': 'rejected as expected, but by prepare, not by the grammar: SQLite lexes `[...]` as a bracket-quoted identifier, so the failure is "no such column: ...". A purely syntactic checker would accept this file.',
 'truncated/mysql/archive_orders_proc.sql': 'truncated inside a DELIMITER procedure body; sqlglot cannot parse MySQL stored programs, so it was not checked (note). The DELIMITER `//` terminator never appears.',
 'truncated/mssql/usp_close_period.sql': 'sqlglot turns the truncated procedure into an opaque Command and so reports no error (note); the batch has no END TRY/END and no GO.',
 'truncated/bigquery/rebuild_daily_summary_script.sql': 'sqlglot parses BEGIN ... EXCEPTION blocks as opaque Commands, hiding the unclosed VALUES ( (note).',
 'clean/mysql/order_events_json.sql': 'sqlglot rejects `DEFAULT \'0\' ON EMPTY` in a JSON_TABLE column, which MySQL 8 supports (false rejection by the reference parser).',
 'clean/mssql/merge_customer_dim.sql': 'sqlglot rejects `OUTPUT ... INTO @MergeLog ([Action], [CustomerKey])` (OUTPUT INTO with a column list), which is valid T-SQL (false rejection).',
 'clean/bigquery/nightly_rollup_script.sql': 'sqlglot rejects `FOR ... IN (...) DO EXECUTE IMMEDIATE ... USING ...` scripting, which is valid BigQuery (false rejection).',
 'clean/mysql/loyalty_points_procedure.sql': 'stored procedure body not parseable by sqlglot (not checked); CALL is a Command.',
 'clean/mysql/accounts_migration_v42.sql': 'CREATE TRIGGER with a BEGIN ... END body falls back to Command.',
 'clean/mssql/usp_transfer_funds.sql': 'BEGIN TRY ... END CATCH inside the procedure falls back to Command.',
 'clean/snowflake/sp_load_orders.sql': 'the `$$` scripting body is a string to sqlglot; CALL is a Command.',
 'clean/snowflake/stage_and_task_setup.sql': 'CREATE STREAM / CREATE TASK / ALTER TASK fall back to Command.',
 'clean/redshift/daily_copy_and_unload.sql': 'UNLOAD falls back to Command.',
 'clean/redshift/sp_merge_customers.sql': 'the `$$` plpgsql body is a string to sqlglot; CALL is a Command.',
 'clean/databricks/merge_and_optimize.sql': 'OPTIMIZE and VACUUM fall back to Command.',
 'clean/oracle/pkg_order_tools.sql': 'the package spec and body are PL/SQL (skipped); SQL*Plus SHOW ERRORS is a Command.',
 'clean/oracle/create_events_partitioned.sql': 'CREATE TABLE with `GENERATED BY DEFAULT ON NULL AS IDENTITY`/INTERVAL partitioning and the LOCAL index fall back to Command; the trigger is PL/SQL (skipped).',
}
listed = set()
def expected_ok(e):
    return e['rule'] == 'clean' or (e['rule'] == 'placeholder' and not e['breaks']) or e['dialect'] == 'other'
sections = [('syntax-error', 'Syntax-error files the reference parser accepted (all six are sqlglot leniencies, each confirmed by the proxy check):'),
            ('placeholder', 'Placeholder files with a `note`, or rejected for a non-syntactic reason:'),
            ('truncated', 'Truncated files with a `note`:'),
            ('clean', 'Clean files sqlglot rejected (sqlglot gaps) or could only partly check (`note`):')]
for rule, title in sections:
    items = []
    for e in entries:
        if e['rule'] != rule:
            continue
        p = build.relpath(e)
        r = primary[p][2]
        want = 'ok' if expected_ok(e) else 'rejected'
        if r != want or p in EXPLAIN:
            if p not in EXPLAIN:
                raise SystemExit(f'unexplained disagreement: {p} {r}')
            items.append(f'- `{p}` ({r}): {EXPLAIN[p]}')
            listed.add(p)
    w(title)
    w('')
    L.extend(items)
    w('')
for p, r in repaired.items():
    if r[2] != 'ok':
        w(f'Repaired copy with a note: `{p}` - the repaired file parses; the note is only because its trailing '
          'OPTIMIZE statement falls back to Command.')
        w('')
w('Other expected non-rejections, by design of the labels:')
w('')
w(f'- The {res["placeholder (comment-only)"]["ok"] + res["placeholder (comment-only)"]["note"]} comment-only placeholder files are valid SQL; '
  'only the content is missing. A parser cannot see the problem; a checker has to read the comment text.')
w('- `placeholder/postgres/fn_recalc_balances.sql` passes `parse_sql` (the body is a dollar-quoted string) and is '
  'only rejected by `parse_plpgsql`: a checker that does not look inside `$$` bodies will miss it.')
w('- The 6 `language-mismatch/other/` files are valid SQL (pglast ok); the label is about the file extension.')
w('- All 11 per-dialect language-mismatch files were rejected by their dialect\'s checker.')
w('')
w('## Caveats')
w('')
w('- sqlglot is a permissive transpiler, not a dialect grammar: besides the cases above it also accepts column '
  'definitions without a type, VALUES tuples without a comma, CASE without THEN, JOIN without ON and any clause '
  'order in all its dialects, which is why those error kinds were mostly placed in postgres/duckdb/sqlite, where '
  'real grammars check them. Its Command fallback can hide an error inside an unsupported statement; one splice '
  'was moved out of a CTAS for that reason.')
w('- PL/SQL (Oracle), MySQL stored-program bodies, Snowflake Scripting and Redshift `$$` bodies have no reference '
  'parser here; their validity rests on the author\'s knowledge of the dialects.')
w('- The DuckDB clean files use the Python-style `lambda x: ...` syntax; DuckDB 2.0 reports the older `x -> ...` '
  'arrow lambda as deprecated at bind time.')
w('- Several clean files reference tables that do not exist here; only the DuckDB and SQLite clean files were executed.')
w('- Verification shows only that the files parse (or, for DuckDB/SQLite, also run). Apart from the DuckDB/SQLite files that were executed, semantic details (column names, types, functions) were checked only by reading them.')
w('- Spark SQL, which Databricks builds on, treats most keywords as non-reserved outside ANSI mode, so some "doubled keyword" forms might parse there; the '
  'Databricks syntax-error files use kinds that are errors regardless (misspelt leading keyword, extra `)`, '
  'missing operand, missing comma in column definitions, splice, unterminated string).')
w('')
open(os.path.join(OUT, 'README.md'), 'w', encoding='utf-8', newline='').write('\n'.join(L))
print('README written,', len(L), 'lines')
