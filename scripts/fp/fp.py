#!/usr/bin/env python3
"""Helpers for scripts/false-positives.sh (Python standard library only).

Subcommands:
  select-python STDLIB OUTDIR     list the stdlib .py files compile() accepts
  sqlfluff-corpus SDIST_DIR OUT   list sqlfluff dialect fixtures (dialect<TAB>path)
  sqlglot-corpus TESTS_DIR OUTDIR write sqlglot's per-dialect test statements
                                  as one .sql file each (dialect<TAB>path list)
  run GENCHECK LIST OUT [--dialect D] [--batch N]
                                  run gencheck over the files of LIST in
                                  batches, merge the JSON documents into OUT
  report RUNS.tsv [--markdown FILE --command CMD --meta FILE]
                                  print the summary table and every rejected
                                  file; optionally write FALSE_POSITIVES.md
"""

import ast
import collections
import datetime
import json
import os
import re
import subprocess
import sys
import warnings

# ----------------------------------------------------------------- python


def select_python(stdlib, outdir):
    """Every .py below STDLIB (site-packages excluded) that CPython compiles.

    compile(), not ast.parse: the compiler's own checks (a late `from __future__`
    import, `return` outside a function, ...) reject some test files that parse.
    """
    accepted, rejected = [], []
    for root, dirs, files in os.walk(stdlib):
        dirs[:] = sorted(d for d in dirs if d not in ("site-packages", "__pycache__"))
        for name in sorted(files):
            if not name.endswith(".py"):
                continue
            path = os.path.join(root, name)
            try:
                with open(path, "rb") as fh:
                    data = fh.read()
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore")
                    compile(data, path, "exec", dont_inherit=True)
            except (SyntaxError, ValueError, UnicodeDecodeError) as e:
                line = getattr(e, "lineno", None)
                msg = getattr(e, "msg", None) or str(e)
                rejected.append((path, line, type(e).__name__, msg))
                continue
            accepted.append(path)
    with open(os.path.join(outdir, "python.files"), "w") as fh:
        fh.writelines(p + "\n" for p in accepted)
    with open(os.path.join(outdir, "python.ast-rejected"), "w") as fh:
        for path, line, kind, msg in rejected:
            fh.write(f"{path}:{line or '?'}: {kind}: {msg}\n")
    print(f"{len(accepted)} compiled by compile(), {len(rejected)} rejected", file=sys.stderr)


# ----------------------------------------------------------------- sqlfluff

# sqlfluff dialect folder -> gencheck dialect
SQLFLUFF_DIALECTS = {
    "ansi": "ansi",
    "bigquery": "bigquery",
    "clickhouse": "clickhouse",
    "databricks": "databricks",
    "duckdb": "duckdb",
    "hive": "hive",
    "mysql": "mysql",
    "postgres": "postgres",
    "redshift": "redshift",
    "snowflake": "snowflake",
    "sparksql": "spark",
    "sqlite": "sqlite",
    "tsql": "mssql",
    "oracle": "oracle",
    "teradata": "teradata",
}


def sqlfluff_corpus(sdist_dir, out):
    base = None
    for root, dirs, _files in os.walk(sdist_dir):
        if root.endswith(os.path.join("test", "fixtures", "dialects")):
            base = root
            break
    rows = []
    if base:
        for folder, dialect in sorted(SQLFLUFF_DIALECTS.items()):
            d = os.path.join(base, folder)
            if not os.path.isdir(d):
                continue
            for name in sorted(os.listdir(d)):
                if name.endswith(".sql"):
                    rows.append((dialect, os.path.join(d, name)))
    with open(out, "w") as fh:
        fh.writelines(f"{d}\t{p}\n" for d, p in rows)
    print(len(rows))


# ----------------------------------------------------------------- sqlglot

# sqlglot dialect name -> gencheck dialect
SQLGLOT_DIALECTS = {
    "bigquery": "bigquery",
    "clickhouse": "clickhouse",
    "databricks": "databricks",
    "duckdb": "duckdb",
    "hive": "hive",
    "mysql": "mysql",
    "oracle": "oracle",
    "postgres": "postgres",
    "redshift": "redshift",
    "snowflake": "snowflake",
    "spark": "spark",
    "sqlite": "sqlite",
    "teradata": "teradata",
    "tsql": "mssql",
}

# A test string is kept only when it is a whole statement, not an expression.
STATEMENT_START = re.compile(
    r"^\s*(?:\(\s*)*(SELECT|WITH|INSERT|UPDATE|DELETE|MERGE|CREATE|ALTER|DROP|"
    r"TRUNCATE|GRANT|REVOKE|VALUES|EXPLAIN|SHOW|DESCRIBE|DESC|USE|SET|BEGIN|"
    r"COMMIT|ROLLBACK|DECLARE|EXEC|EXECUTE|CALL|ANALYZE|VACUUM|COPY|COMMENT|"
    r"REPLACE|UNLOAD|PRAGMA|OPTIMIZE|CACHE|UNCACHE|REFRESH|LOAD|MSCK|PUT|GET|"
    r"LIST|REMOVE|UNDROP|ATTACH|DETACH|INSTALL|PIVOT|UNPIVOT|FROM|TABLE|"
    r"SUMMARIZE|LOCK|UNLOCK|KILL|RENAME|PREPARE|DEALLOCATE|CHECKPOINT|"
    r"RESET|START|SAVEPOINT|RELEASE|IF|WHILE|PRINT|RAISERROR|THROW|RETURN|"
    r"LISTEN|NOTIFY|REINDEX|CLUSTER|DISCARD|FETCH|CLOSE|MOVE|DO|"
    r"CHECK|REPAIR|HELP|FLUSH|RESTORE|BACKUP|TRY|EXCHANGE|SYSTEM|WATCH|LOCKING)\b",
    re.IGNORECASE,
)


# ... unless it is a function call that shares a statement keyword: REPLACE(a, b, c)
FUNCTION_CALL = re.compile(
    r"^\s*(REPLACE|TRUNCATE|GET|IF|LIST|REMOVE|TRY|CHECK|MATCH|SYSTEM)\(", re.IGNORECASE
)


def _is_statement(sql):
    return bool(STATEMENT_START.match(sql)) and not FUNCTION_CALL.match(sql)


def _const_str(node):
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    try:
        v = ast.literal_eval(node)
    except Exception:
        return None
    return v if isinstance(v, str) else None


def _class_dialect(cls):
    for stmt in cls.body:
        if (
            isinstance(stmt, ast.Assign)
            and any(isinstance(t, ast.Name) and t.id == "dialect" for t in stmt.targets)
        ):
            return _const_str(stmt.value)
    return None


def _raises_ranges(tree):
    """Line ranges of `with self.assertRaises...` blocks: statements meant to fail."""
    out = []
    for node in ast.walk(tree):
        if isinstance(node, ast.With):
            for item in node.items:
                ce = item.context_expr
                if (
                    isinstance(ce, ast.Call)
                    and isinstance(ce.func, ast.Attribute)
                    and ce.func.attr.startswith("assertRaises")
                ):
                    out.append((node.lineno, node.end_lineno))
    return out


def sqlglot_corpus(tests_dir, outdir):
    seen = set()
    rows = []
    counters = collections.Counter()
    for name in sorted(os.listdir(tests_dir)):
        if not (name.startswith("test_") and name.endswith(".py")):
            continue
        path = os.path.join(tests_dir, name)
        with open(path, encoding="utf-8") as fh:
            tree = ast.parse(fh.read(), filename=path)
        raises = _raises_ranges(tree)
        for cls in [n for n in tree.body if isinstance(n, ast.ClassDef)]:
            cls_dialect = _class_dialect(cls)
            for node in ast.walk(cls):
                if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
                    continue
                if node.func.attr not in ("validate_identity", "validate_all"):
                    continue
                if any(a <= node.lineno <= b for a, b in raises):
                    continue
                cands = []  # (sqlglot dialect, sql, origin)
                if node.args:
                    s = _const_str(node.args[0])
                    if s is not None and cls_dialect:
                        cands.append((cls_dialect, s, f"{name}:{node.lineno}"))
                if node.func.attr == "validate_all":
                    for kw in node.keywords:
                        if kw.arg == "read" and isinstance(kw.value, ast.Dict):
                            for k, v in zip(kw.value.keys, kw.value.values):
                                d, s = _const_str(k) if k else None, _const_str(v)
                                if d and s is not None:
                                    cands.append((d, s, f"{name}:{v.lineno} (read)"))
                for d, s, origin in cands:
                    gd = SQLGLOT_DIALECTS.get(d)
                    if not gd:
                        continue
                    if not _is_statement(s):
                        counters["not a statement"] += 1
                        continue
                    if any(ord(c) < 32 and c not in "\t\n\r" for c in s):
                        counters["control characters"] += 1  # e.g. SELECT '<NUL>'
                        continue
                    if (gd, s) in seen:
                        counters["duplicate"] += 1
                        continue
                    seen.add((gd, s))
                    rows.append((gd, s, origin))
    per = collections.Counter()
    listing = []
    for gd, s, origin in rows:
        per[gd] += 1
        d = os.path.join(outdir, gd)
        os.makedirs(d, exist_ok=True)
        p = os.path.join(d, f"{per[gd]:05d}.sql")
        with open(p, "w", encoding="utf-8") as fh:
            fh.write(s if s.endswith("\n") else s + "\n")
        text = " ".join(s.split())
        if len(text) > 240:
            text = text[:239] + "…"
        listing.append(f"{gd}\t{p}\t{origin}: {text}\n")
    with open(os.path.join(outdir, "corpus.tsv"), "w") as fh:
        fh.writelines(listing)
    print(
        f"{len(rows)} statements ({counters['not a statement']} expressions skipped, "
        f"{counters['duplicate']} duplicates, {counters['control characters']} with control "
        "characters such as NUL skipped)",
        file=sys.stderr,
    )


# ----------------------------------------------------------------- oracle

SQLITE_SYNTAX = ("syntax error", "unrecognized token", "incomplete input")


def _sqlite_verdict(sql):
    import sqlite3

    con = sqlite3.connect(":memory:")
    try:
        con.execute("EXPLAIN " + sql)
    except sqlite3.Warning as e:  # "You can only execute one statement at a time."
        return True, f"parsed ({e})"
    except sqlite3.Error as e:
        msg = str(e)
        if any(k in msg for k in SQLITE_SYNTAX):
            return False, msg
        return True, f"parsed; fails later: {msg}"
    finally:
        con.close()
    return True, "parsed"


def _duckdb_verdict(sql):
    import duckdb  # from the temporary venv the script makes

    try:
        duckdb.extract_statements(sql)
    except duckdb.ParserException as e:
        return False, " ".join(str(e).split())
    except Exception as e:  # noqa: BLE001 - anything else is not a syntax verdict
        return True, f"parsed? {type(e).__name__}: {e}"
    return True, "parsed"


def oracle(engine, listfile, out):
    """Ask the real engine's parser about every file of LISTFILE."""
    verdict = {"sqlite": _sqlite_verdict, "duckdb": _duckdb_verdict}[engine]
    res = {}
    with open(listfile) as fh:
        for line in fh:
            path = line.rstrip("\n")
            if not path:
                continue
            with open(path, encoding="utf-8", errors="replace") as sf:
                sql = sf.read()
            ok, msg = verdict(sql)
            res[path] = {"accepts": ok, "message": msg}
    with open(out, "w") as fh:
        json.dump({"engine": engine, "version": _engine_version(engine), "files": res}, fh)
    print(
        f"{engine}: accepts {sum(v['accepts'] for v in res.values())} of {len(res)}",
        file=sys.stderr,
    )


def _engine_version(engine):
    if engine == "sqlite":
        import sqlite3

        return "SQLite " + sqlite3.sqlite_version
    import duckdb

    return "DuckDB " + duckdb.__version__


# ----------------------------------------------------------------- run


def run(gencheck, listfile, out, dialect=None, batch=500, extra=()):
    with open(listfile) as fh:
        paths = [line.rstrip("\n") for line in fh if line.strip()]
    files, failures = [], []
    for i in range(0, len(paths), batch):
        chunk = paths[i : i + batch]
        cmd = [gencheck, "check", "--format", "json", "--no-diff", "--color", "never"]
        if dialect:
            cmd += ["--dialect", dialect]
        cmd += list(extra) + ["--"] + chunk
        p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        doc = None
        if p.returncode in (0, 1):
            try:
                doc = json.loads(p.stdout)
            except ValueError as e:
                failures.append(f"batch {i // batch}: exit {p.returncode}, bad JSON: {e}")
        if doc is None:
            if p.returncode not in (0, 1):
                failures.append(
                    f"batch {i // batch}: exit {p.returncode}: "
                    + p.stderr.decode("utf-8", "replace").strip()[:2000]
                )
            # run one by one so that one crashing file does not hide the rest
            for path in chunk:
                q = subprocess.run(cmd[: cmd.index("--") + 1] + [path], stdout=subprocess.PIPE,
                                   stderr=subprocess.PIPE)
                try:
                    files.extend(json.loads(q.stdout)["files"])
                except (ValueError, KeyError):
                    files.append({
                        "path": path, "accepted": False, "run_failed": True,
                        "findings": [{
                            "rule": "run-failed", "severity": "error",
                            "message": f"exit {q.returncode}: "
                            + q.stderr.decode("utf-8", "replace").strip()[:500],
                            "span": None,
                        }],
                    })
            continue
        files.extend(doc["files"])
    with open(out, "w") as fh:
        json.dump({"files": files, "failures": failures}, fh)
    rej = sum(1 for f in files if not f.get("accepted"))
    print(f"{len(files)} files, {rej} rejected", file=sys.stderr)


# ----------------------------------------------------------------- report


def _first_finding(f):
    fs = f.get("findings") or []
    for x in fs:
        if x.get("severity") == "error":
            return x
    return fs[0] if fs else None


def _loc(f, x):
    sp = (x or {}).get("span") or {}
    st = sp.get("start") or {}
    if st:
        return f"{f['path']}:{st.get('line')}:{st.get('column')}"
    return f["path"]


def _short(msg, n=300):
    msg = " ".join(str(msg).split())
    return msg if len(msg) <= n else msg[: n - 1] + "…"


TRIED = re.compile(r"\(tried ([a-z]+(?:, [a-z]+)+)\)")


def _elide_tried(msg):
    """'(tried bigquery, postgres, ...)' lists all dialects: name the count only."""
    return TRIED.sub(lambda m: f"(tried {len(m.group(1).split(', '))} dialects)", msg)


def _load_runs(runs_tsv):
    runs = []
    with open(runs_tsv) as fh:
        for line in fh:
            if not line.strip():
                continue
            parts = line.rstrip("\n").split("\t")
            corpus, dialect, path, origin_map = parts[:4]
            oracle_path = parts[4] if len(parts) > 4 else "-"
            with open(path) as jf:
                doc = json.load(jf)
            origins = {}
            if origin_map != "-":
                with open(origin_map) as of:
                    for ol in of:
                        op = ol.rstrip("\n").split("\t")
                        if len(op) >= 3:
                            origins[op[1]] = op[2]
            orc = None
            if oracle_path != "-":
                with open(oracle_path) as jf:
                    orc = json.load(jf)
            runs.append({"corpus": corpus, "dialect": dialect, "doc": doc,
                         "origins": origins, "oracle": orc})
    return runs


def report(runs_tsv, markdown=None, command=None, meta=None, work=None, stdlib=None,
           ast_rejected=None):
    """RUNS.tsv: corpus, dialect, result json, origin map or '-', oracle json or '-'."""
    runs = _load_runs(runs_tsv)
    rows, rules_blocks, blocks = [], [], []
    first_run_of = {}  # corpus -> rejected paths of its first (own-dialect) run
    for r in runs:
        files = r["doc"]["files"]
        rej = [f for f in files if not f.get("accepted")]
        unver = sum(
            1 for f in files
            if any(x.get("rule") == "unverified-statement" for x in f.get("findings") or [])
        )
        n = len(files)
        rate = f"{100.0 * len(rej) / n:.2f}%" if n else "-"
        orc = r["oracle"]
        if orc:
            ofiles = orc["files"]
            eng_ok = sum(1 for f in rej if ofiles.get(f["path"], {}).get("accepts"))
            engine_col = f"{eng_ok} of {len(rej)}"
        else:
            engine_col = "-"
        rows.append((r["corpus"], r["dialect"], n, len(rej), rate, unver, engine_col,
                     len(r["doc"].get("failures") or [])))
        by_rule = collections.Counter()
        for f in files:
            for x in f.get("findings") or []:
                by_rule[(x.get("rule"), x.get("severity"))] += 1
        rules_blocks.append((r["corpus"], r["dialect"], by_rule))

        items = []
        for f in sorted(rej, key=lambda f: f["path"]):
            x = _first_finding(f) or {}
            note = []
            if orc:
                v = orc["files"].get(f["path"])
                if v:
                    eng = orc.get("version", orc["engine"])
                    note.append(("ENGINE ACCEPTS" if v["accepts"] else "engine rejects")
                                + f" ({eng}: {_short(v['message'], 120)})")
            origin = r["origins"].get(f["path"])
            if origin:
                note.append(f"source: {origin}")
            items.append({
                "path": f["path"],
                "loc": _shorten_path(_loc(f, x), work, stdlib),
                "rule": x.get("rule", "?"),
                "msg": _short(_elide_tried(x.get("message", ""))),
                "note": note,
            })
        # a generic run repeats most of the corpus's own-dialect run: list the difference
        same_as = None
        rej_paths = {f["path"] for f in rej}
        if r["corpus"] in first_run_of and r["dialect"] == "generic":
            prev_dialect, prev = first_run_of[r["corpus"]]
            same_as = (prev_dialect, len(rej_paths & prev), len(prev - rej_paths))
            items = [it for it in items if it["path"] not in prev]
        elif r["corpus"] not in first_run_of:
            first_run_of[r["corpus"]] = (r["dialect"], rej_paths)
        blocks.append({"corpus": r["corpus"], "dialect": r["dialect"], "n": len(rej),
                       "items": items, "same_as": same_as,
                       "failures": r["doc"].get("failures") or []})

    hdr = ("corpus", "dialect", "files", "rejected", "rate", "unverified",
           "engine-accepts", "run-failures")
    widths = [max(len(str(row[i])) for row in rows + [hdr]) for i in range(len(hdr))]

    def fmt(row):
        return "  ".join(str(v).ljust(widths[i]) if i < 2 else str(v).rjust(widths[i])
                         for i, v in enumerate(row))

    legend = [
        "unverified: files with at least one info `unverified-statement` finding "
        "(a statement no engine could parse in that dialect; not a rejection).",
        "engine-accepts: of the rejected files, how many the real engine's own parser "
        "accepts (only where the engine is at hand: SQLite via Python's sqlite3, DuckDB "
        "via the duckdb wheel) -- those are certain false positives; '-' = no engine to ask.",
    ]

    def block_title(b):
        t = f"{b['corpus']} [{b['dialect']}]: {b['n']} rejected"
        if b["same_as"]:
            d, both, only_prev = b["same_as"]
            t += (f"; {both} of them also rejected with --dialect {d} (listed above), "
                  f"{only_prev} rejected only with {d}; rejected only with generic: "
                  f"{len(b['items'])}")
        return t

    out = [fmt(hdr), "  ".join("-" * w for w in widths)]
    out.extend(fmt(row) for row in rows)
    out.append("")
    out.extend(legend)
    out.append("")
    out.append("Findings by rule (rule/severity: count):")
    for corpus, dialect, by_rule in rules_blocks:
        s_ = ", ".join(f"{ru}/{sev}: {c}" for (ru, sev), c in sorted(by_rule.items(), key=str))
        out.append(f"  {corpus} [{dialect}]: {s_ or 'none'}")
    out.append("")
    for b in blocks:
        if not b["n"] and not b["failures"]:
            continue
        out.append(block_title(b))
        for fl in b["failures"]:
            out.append(f"  RUN FAILURE {fl}")
        for it in b["items"]:
            out.append(f"  {it['loc']}: {it['rule']}: {it['msg']}")
            for nt in it["note"]:
                out.append(f"      {nt}")
        out.append("")
    print("\n".join(out))

    if not markdown:
        return
    md = ["# False positives on real, valid code\n"]
    md.append(
        "How often gencheck rejects files that are known to be valid and that nobody on "
        "the team wrote. Every rejection below is a candidate false positive. "
        "Generated by `scripts/false-positives.sh --write-report`; do not edit by hand "
        "(a human summary, if any, belongs in the issue tracker).\n"
    )
    md.append(
        "The differential test of the Python verdict against CPython's `compile()` on "
        "mutants of the standard library (`scripts/differential-python.py`) has its own "
        "report, [DIFFERENTIAL.md](DIFFERENTIAL.md), written by hand; this script "
        "does not touch it.\n"
    )
    md.append(f"Date: {datetime.date.today().isoformat()}\n")
    if command:
        md.append("Reproduce (about a minute once the release build is done):\n\n```sh\n"
                  + command + "\n```\n")
    if meta and os.path.exists(meta):
        md.append("Inputs:\n")
        with open(meta) as fh:
            md.append(fh.read().rstrip() + "\n")
    md.append("## Summary\n")
    md.append("| " + " | ".join(hdr) + " |")
    md.append("|" + "|".join(["---"] * 2 + ["---:"] * (len(hdr) - 2)) + "|")
    for row in rows:
        md.append("| " + " | ".join(str(v) for v in row) + " |")
    md.append("")
    md.extend(f"- {line}" for line in legend)
    md.append("- Paths: `$WORK` is the script's temporary directory, `$STDLIB` the Python "
              "standard library. Messages shorten gencheck's `(tried <all dialects>)` list "
              "to `(tried N dialects)`.")
    md.append("")
    md.append("## Findings by rule\n")
    for corpus, dialect, by_rule in rules_blocks:
        s_ = ", ".join(f"`{ru}` ({sev}): {c}" for (ru, sev), c in sorted(by_rule.items(), key=str))
        md.append(f"- {corpus} [{dialect}]: {s_ or 'none'}")
    md.append("")
    md.append("## Rejected files (first error finding)\n")
    any_rej = False
    for b in blocks:
        if not b["n"] and not b["failures"]:
            continue
        any_rej = True
        md.append(f"### {block_title(b)}\n")
        for fl in b["failures"]:
            md.append(f"- RUN FAILURE: {_short(fl, 500)}")
        for it in b["items"]:
            md.append(f"- `{it['loc']}` `{it['rule']}`: {_md_escape(it['msg'])}")
            for nt in it["note"]:
                md.append(f"  - {_md_escape(nt)}")
        md.append("")
    if not any_rej:
        md.append("None.\n")
    if ast_rejected and os.path.exists(ast_rejected):
        with open(ast_rejected) as fh:
            lines = [_shorten_path(line.rstrip("\n"), work, stdlib) for line in fh if line.strip()]
        md.append(f"## Python files excluded because `compile()` rejects them ({len(lines)})\n")
        md.extend(f"- `{line}`" for line in lines)
        md.append("")
    with open(markdown, "w") as fh:
        fh.write("\n".join(md).rstrip() + "\n")


def _md_escape(text):
    text = text.replace("\\", "\\\\")
    for ch in "`*_[]":
        text = text.replace(ch, "\\" + ch)
    return text.replace("<", "&lt;").replace(">", "&gt;")


def _shorten_path(loc, work=None, stdlib=None):
    """Temp-dir and stdlib prefixes make the report machine-specific: name them."""
    if work and loc.startswith(work.rstrip("/") + "/"):
        loc = "$WORK/" + loc[len(work.rstrip("/")) + 1 :]
    if stdlib and loc.startswith(stdlib.rstrip("/") + "/"):
        loc = "$STDLIB/" + loc[len(stdlib.rstrip("/")) + 1 :]
    return loc


def main(argv):
    if not argv:
        print(__doc__, file=sys.stderr)
        return 2
    cmd, rest = argv[0], argv[1:]
    if cmd == "select-python":
        select_python(*rest)
    elif cmd == "sqlfluff-corpus":
        sqlfluff_corpus(*rest)
    elif cmd == "sqlglot-corpus":
        sqlglot_corpus(*rest)
    elif cmd == "oracle":
        oracle(*rest)
    elif cmd == "run":
        gencheck, listfile, out = rest[:3]
        opts = rest[3:]
        dialect, batch, extra = None, 500, []
        i = 0
        while i < len(opts):
            if opts[i] == "--dialect":
                dialect = opts[i + 1]
                i += 2
            elif opts[i] == "--batch":
                batch = int(opts[i + 1])
                i += 2
            else:
                extra.append(opts[i])
                i += 1
        run(gencheck, listfile, out, dialect, batch, extra)
    elif cmd == "report":
        runs_tsv = rest[0]
        kw = {}
        opts = rest[1:]
        for i in range(0, len(opts), 2):
            kw[opts[i].lstrip("-")] = opts[i + 1]
        report(runs_tsv, **kw)
    else:
        print(f"fp.py: unknown subcommand {cmd}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
