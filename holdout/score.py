#!/usr/bin/env python3
"""Run gencheck over the held-out corpus and score it, per rule and language.

Usage (from the repository root):
    python3 holdout/score.py [path/to/gencheck] [--misses] [--root=holdout/fresh]

For each rule folder a case counts as caught when gencheck rejects the file
(accepted: false) AND at least one finding carries that folder's rule id;
for `duplicate-key` (a warning in JSON) the finding alone counts. For
`clean`, a case counts when the file is accepted. Files are found
recursively (`.vscode/settings.json`), dotfiles included.

A folder directly under a rule folder that is named after a SQL dialect
(`truncated/mysql/`) holds that dialect's files: they are checked with
`--dialect <name>`. `--by-dialect` adds a table of the SQL cells per dialect.
"""
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent
for a in sys.argv[1:]:
    if a.startswith("--root="):
        ROOT = Path(a[len("--root="):]).resolve()
args = [a for a in sys.argv[1:] if not a.startswith("--")]
BIN = args[0] if args else str(Path(__file__).resolve().parent.parent / "target/release/gencheck")
SHOW_MISSES = "--misses" in sys.argv
BY_DIALECT = "--by-dialect" in sys.argv
DIALECTS = {"generic", "postgres", "mysql", "sqlite", "mssql", "bigquery", "snowflake",
            "duckdb", "ansi", "hive", "redshift", "clickhouse", "databricks", "spark",
            "oracle", "teradata"}
RULES = ["markdown-fence", "llm-chatter", "placeholder", "truncated", "merge-conflict",
         "language-mismatch", "syntax-error", "duplicate-key", "clean"]
LANGS = {
    "python": (".py",),
    "sql": (".sql",),
    "javascript": (".js", ".jsx", ".mjs", ".cjs"),
    "typescript": (".ts", ".tsx", ".mts", ".cts"),
    "json": (".json", ".jsonc", ".jsonl", ".geojson", ".webmanifest"),
    "yaml": (".yml", ".yaml"),
    "toml": (".toml",),
    "shell": (".sh", ".bash"),
    "css": (".css",),
}


def lang_of(path):
    for lang, exts in LANGS.items():
        if path.name.endswith(exts):
            return lang
    if "." not in path.name:
        with open(path, "rb") as f:
            first = f.readline()
        if first.startswith(b"#!") and any(s in first for s in (b"sh\n", b"bash", b"dash")):
            return "shell"
    return None


def dialect_of(path, folder):
    first = path.relative_to(folder).parts[0]
    return first if first in DIALECTS and path.parent != folder else None


def check(paths, folder):
    groups = {}
    for p in paths:
        groups.setdefault(dialect_of(p, folder), []).append(p)
    reports = {}
    for dialect, group in groups.items():
        extra = ["--dialect", dialect] if dialect else []
        out = subprocess.run([BIN, "check", "--format", "json", "--no-diff", *extra,
                              *map(str, group)], capture_output=True, text=True)
        reports.update({str(Path(f["path"]).resolve()): f
                        for f in json.loads(out.stdout)["files"]})
    return reports


table = {}
by_dialect = {}
misses = []
for rule in RULES:
    folder = ROOT / rule
    if not folder.is_dir():
        continue
    files = sorted(p for p in folder.rglob("*") if p.is_file() and lang_of(p))
    reports = check(files, folder)
    for path in files:
        f = reports[str(path)]
        ids = {x["rule"] for x in f["findings"]}
        if rule == "clean":
            hit = f["accepted"]
        elif rule == "duplicate-key":
            hit = rule in ids
        else:
            hit = not f["accepted"] and rule in ids
        cell = table.setdefault((rule, lang_of(path)), [0, 0])
        cell[0] += hit
        cell[1] += 1
        if lang_of(path) == "sql":
            d = by_dialect.setdefault((rule, dialect_of(path, folder) or "generic"), [0, 0])
            d[0] += hit
            d[1] += 1
        if not hit:
            misses.append((rule, path.relative_to(ROOT), f))

langs = [l for l in LANGS if any(k[1] == l for k in table)]
print(f"| {'rule':<18} | " + " | ".join(f"{l:>12}" for l in langs) + " |")
print("|" + "-" * 20 + "|" + "|".join("-" * 13 + ":" for _ in langs) + "|")
totals = {l: [0, 0] for l in langs}
for rule in RULES:
    cells = []
    for l in langs:
        c = table.get((rule, l))
        if c is None:
            cells.append(f"{'':>12}")
            continue
        cells.append(f"{c[0]:>3}/{c[1]:<3} {c[0] / c[1]:>4.0%}")
        if rule != "clean":
            totals[l][0] += c[0]
            totals[l][1] += c[1]
    print(f"| {rule:<18} | " + " | ".join(cells) + " |")
print(f"| {'all broken':<18} | " + " | ".join(
    f"{t[0]:>3}/{t[1]:<3} {t[0] / max(t[1], 1):>4.0%}" for t in totals.values()) + " |")

if BY_DIALECT and by_dialect:
    ds = sorted({k[1] for k in by_dialect})
    print(f"\n| {'SQL rule':<18} | " + " | ".join(f"{d:>10}" for d in ds) + " |")
    print("|" + "-" * 20 + "|" + "|".join("-" * 11 + ":" for _ in ds) + "|")
    for rule in RULES:
        if not any(k[0] == rule for k in by_dialect):
            continue
        cells = []
        for d in ds:
            c = by_dialect.get((rule, d))
            cells.append(f"{c[0]:>4}/{c[1]:<5}" if c else f"{'':>10}")
        print(f"| {rule:<18} | " + " | ".join(cells) + " |")

if SHOW_MISSES:
    for rule, path, f in misses:
        print(f"\nMISS {path}  accepted={f['accepted']}  detected_language={f['detected_language']}")
        for x in f["findings"]:
            line = (x.get("span") or {}).get("start", {}).get("line")
            print(f"    {x['rule']} [{x['severity']}] line {line}: {x['message'][:160]}")
        if not f["findings"]:
            print("    (no findings)")
