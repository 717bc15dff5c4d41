#!/usr/bin/env python3
"""Run in scripts/fp-sql.sh's venv: the real parser's verdict on each file named on stdin.

    engine.py duckdb|postgres < paths   ->  {path: {"engine": ..., "error": null | "..."}}
duckdb: duckdb.extract_statements (DuckDB's parser only; nothing is executed).
postgres: pglast.parse_sql (libpg_query), after psql's meta-commands (lines starting with a
backslash) and COPY ... FROM stdin data (up to \\.) are blanked, and the extension-script
placeholders @extschema@ / @extowner@ replaced by identifiers.
"""
import json
import re
import sys


def psql_blank(text):
    out, copying = [], False
    for line in text.splitlines():
        if copying:
            out.append("")
            if line.rstrip() == "\\.":
                copying = False
            continue
        if line.lstrip().startswith("\\"):
            out.append("")
            continue
        if re.match(r"(?is)^\s*copy\b.*\bfrom\s+stdin\b", line):
            copying = True
        out.append(line)
    t = "\n".join(out)
    t = re.sub(r"@extschema(:\w+)?@", "public", t)
    return t.replace("@extowner@", "postgres")


def main():
    which = sys.argv[1]
    paths = [p for p in sys.stdin.read().split("\n") if p]
    res = {}
    if which == "duckdb":
        import duckdb
        name = "duckdb " + duckdb.__version__
        for p in paths:
            try:
                duckdb.extract_statements(open(p, encoding="utf-8", errors="replace").read())
                res[p] = {"engine": name, "error": None}
            except Exception as e:  # ParserException and friends
                res[p] = {"engine": name, "error": str(e).splitlines()[0][:300]}
    elif which == "postgres":
        import pglast
        name = "pglast " + pglast.__version__
        for p in paths:
            try:
                pglast.parse_sql(psql_blank(open(p, encoding="utf-8", errors="replace").read()))
                res[p] = {"engine": name, "error": None}
            except Exception as e:
                res[p] = {"engine": name, "error": str(e).splitlines()[0][:300]}
    json.dump(res, sys.stdout)


main()
