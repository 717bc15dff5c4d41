#!/usr/bin/env python3
"""Run each corpus file through the real parser of its IMPLIED language.

Writes ../verification.tsv with columns: folder, file, parser, verdict, detail.

Parsers:
  .json        json.loads (strict, stdlib)
  .yml/.yaml   ruamel.yaml YAML(typ="rt").load_all   (run with a venv python that has ruamel.yaml)
  .toml        tomllib.loads (Python 3.11+)
  .sh          bash -n  (any "syntax error" on stderr counts as a failure even if exit 0)
  .ts/.tsx     typescript@5 ts.createSourceFile(...).parseDiagnostics (via ts_parse.js)

Usage:
  /tmp/tcvenv/bin/python verify.py [--tsref /tmp/tsref]
"""
import argparse
import json
import os
import subprocess
import sys
import tomllib

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
FOLDERS = ["language-mismatch", "clean"]


def one_line(s, limit=160):
    s = " ".join(str(s).split())
    return s if len(s) <= limit else s[: limit - 3] + "..."


def check_json(path):
    with open(path, encoding="utf-8") as fh:
        text = fh.read()
    try:
        json.loads(text)
        return "accept", ""
    except json.JSONDecodeError as e:
        return "reject", f"{e.msg} at line {e.lineno} col {e.colno}"


def check_yaml(path):
    from ruamel.yaml import YAML

    with open(path, encoding="utf-8") as fh:
        text = fh.read()
    try:
        docs = list(YAML(typ="rt").load_all(text))
    except Exception as e:  # ruamel raises many error classes
        mark = getattr(e, "problem_mark", None)
        where = f" at line {mark.line + 1} col {mark.column + 1}" if mark else ""
        problem = getattr(e, "problem", None) or str(e).splitlines()[0]
        return "reject", f"{type(e).__name__}: {problem}{where}"
    kinds = ",".join(type(d).__name__ for d in docs)
    return "accept", f"{len(docs)} doc(s): {kinds}"


def check_toml(path):
    with open(path, "rb") as fh:
        data = fh.read()
    try:
        tomllib.loads(data.decode("utf-8"))
        return "accept", ""
    except tomllib.TOMLDecodeError as e:
        return "reject", str(e)


def check_sh(path):
    p = subprocess.run(["bash", "-n", path], capture_output=True, text=True)
    err = p.stderr.strip()
    if p.returncode != 0 or "syntax error" in err:
        first = err.splitlines()[0] if err else f"exit {p.returncode}"
        first = first.replace(path + ":", "")
        return "reject", f"exit {p.returncode}: {first}"
    return "accept", ("stderr: " + err) if err else ""


def check_ts_batch(paths, tsref):
    out = {}
    if not paths:
        return out
    p = subprocess.run(
        ["node", os.path.join(HERE, "ts_parse.js"), tsref, *paths],
        capture_output=True, text=True, check=True,
    )
    for line in p.stdout.splitlines():
        rec = json.loads(line)
        d = rec["diagnostics"]
        if d:
            out[rec["file"]] = ("reject", f"{len(d)} diagnostic(s); first {d[0]}")
        else:
            out[rec["file"]] = ("accept", "")
    return out


def parser_name(ext):
    return {
        "json": "python-json.loads",
        "yml": "ruamel.yaml-rt-load_all",
        "yaml": "ruamel.yaml-rt-load_all",
        "toml": "python-tomllib",
        "sh": "bash-n",
        "ts": "typescript-parseDiagnostics-TS",
        "tsx": "typescript-parseDiagnostics-TSX",
    }[ext]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--tsref", default="/tmp/tsref")
    ap.add_argument("--out", default=os.path.join(ROOT, "verification.tsv"))
    args = ap.parse_args()

    rows = []
    ts_paths = []
    entries = []
    for folder in FOLDERS:
        d = os.path.join(ROOT, folder)
        for name in sorted(os.listdir(d)):
            path = os.path.join(d, name)
            ext = name.rsplit(".", 1)[-1]
            entries.append((folder, name, ext, path))
            if ext in ("ts", "tsx"):
                ts_paths.append(path)
    ts_results = check_ts_batch(ts_paths, args.tsref)

    for folder, name, ext, path in entries:
        if ext == "json":
            verdict, detail = check_json(path)
        elif ext in ("yml", "yaml"):
            verdict, detail = check_yaml(path)
        elif ext == "toml":
            verdict, detail = check_toml(path)
        elif ext == "sh":
            verdict, detail = check_sh(path)
        elif ext in ("ts", "tsx"):
            verdict, detail = ts_results[path]
        else:
            verdict, detail = "skip", f"unknown extension .{ext}"
        rows.append((folder, name, parser_name(ext), verdict, one_line(detail)))

    with open(args.out, "w", encoding="utf-8") as fh:
        fh.write("folder\tfile\tparser\tverdict\tdetail\n")
        for r in rows:
            fh.write("\t".join(x.replace("\t", " ") for x in r) + "\n")

    bad_clean = [r for r in rows if r[0] == "clean" and r[3] != "accept"]
    acc_mm = [r for r in rows if r[0] == "language-mismatch" and r[3] == "accept"]
    print(f"{len(rows)} files checked; wrote {args.out}")
    print(f"clean files rejected by their parser: {len(bad_clean)}")
    for r in bad_clean:
        print("  CLEAN-REJECT", r[1], r[4])
    print(f"mismatch files accepted by the implied parser: {len(acc_mm)}")
    for r in acc_mm:
        print("  MM-ACCEPT", r[1], r[4])
    return 1 if bad_clean else 0


if __name__ == "__main__":
    sys.exit(main())
