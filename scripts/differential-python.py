#!/usr/bin/env python3
"""Differential test of gencheck's Python verdict against CPython's compile().

Deterministic single-edit mutants of the CPython standard library (the stdlib of
the python3 running this script, site-packages excluded): delete a character,
insert a character, duplicate a line, delete a line, swap two adjacent lines,
indent a line, dedent a line. Each mutant is labelled by

    compile(source_bytes, path, "exec", dont_inherit=True)

SyntaxError (with IndentationError and TabError) or ValueError (a NUL byte)
means invalid; anything else (a clean compile, RecursionError, MemoryError)
means valid. gencheck's release binary checks all mutants in a few batches
(`gencheck check --format json --no-diff`), and a mutant is rejected when it
has any error-severity finding.

Printed: the agreement, the false positives (gencheck rejects what CPython
compiles; syntax-error findings apart from the other rules' findings) and the
misses (CPython rejects, gencheck accepts), each grouped by cause with a count
and one example.

    python3 scripts/differential-python.py [--count N] [--seed S] [--gencheck PATH]
                                           [--keep DIR] [--json FILE]

Stdlib only. Exit status 0 whatever the result (2 when it cannot run).
"""

import argparse
import collections
import json
import os
import random
import re
import shutil
import subprocess
import sys
import sysconfig
import tempfile
import warnings

INSERT_CHARS = ["(", ")", "[", "]", ":", ",", "=", '"', "'", "\n", " "]
OPS = ["delete-char", "insert-char", "duplicate-line", "delete-line", "swap-lines",
       "indent-line", "dedent-line"]


def stdlib_files():
    root = sysconfig.get_paths()["stdlib"]
    out = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if d not in ("site-packages", "dist-packages",
                                                               "__pycache__"))
        for name in sorted(filenames):
            if name.endswith(".py"):
                out.append(os.path.join(dirpath, name))
    return root, out


def cpython_verdict(data, path):
    """None when CPython compiles `data`, else 'Type: message'."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            compile(data, path, "exec", dont_inherit=True)
        except (SyntaxError, ValueError) as e:  # IndentationError, TabError are SyntaxErrors
            msg = getattr(e, "msg", None) or str(e)
            return f"{type(e).__name__}: {msg}"
        except Exception:  # RecursionError, MemoryError: not a syntax verdict
            return None
    return None


def lines_of(text):
    return text.splitlines(keepends=True)


def mutate(text, op, rng):
    """One edit of `text`, or None when `op` does not apply."""
    if op == "delete-char":
        if not text:
            return None
        p = rng.randrange(len(text))
        return text[:p] + text[p + 1:]
    if op == "insert-char":
        p = rng.randrange(len(text) + 1)
        return text[:p] + rng.choice(INSERT_CHARS) + text[p:]
    lines = lines_of(text)
    if not lines:
        return None
    if lines[-1] and not lines[-1].endswith(("\n", "\r")):
        lines[-1] += "\n"
    i = rng.randrange(len(lines))
    if op == "duplicate-line":
        lines.insert(i, lines[i])
    elif op == "delete-line":
        del lines[i]
    elif op == "swap-lines":
        if len(lines) < 2:
            return None
        i = min(i, len(lines) - 2)
        lines[i], lines[i + 1] = lines[i + 1], lines[i]
    elif op == "indent-line":
        if not lines[i].strip():
            return None
        lines[i] = "    " + lines[i]
    elif op == "dedent-line":
        candidates = [k for k, l in enumerate(lines) if l[:1] in (" ", "\t") and l.strip()]
        if not candidates:
            return None
        i = rng.choice(candidates)
        l = lines[i]
        n = len(l) - len(l.lstrip(" \t"))
        lines[i] = l[min(n, 4 if l.startswith(" ") else 1):]
    return "".join(lines)


def build_mutants(count, seed):
    root, paths = stdlib_files()
    sources = []
    for p in paths:
        try:
            with open(p, "rb") as fh:
                data = fh.read()
            text = data.decode("utf-8")
        except (OSError, UnicodeDecodeError):
            continue
        if cpython_verdict(data, p) is not None:
            continue  # bad-syntax test data: not a valid starting point
        sources.append((os.path.relpath(p, root), text))
    rng = random.Random(seed)
    mutants = []
    while len(mutants) < count:
        rel, text = rng.choice(sources)
        op = rng.choice(OPS)
        new = mutate(text, op, rng)
        if new is None or new == text:
            continue
        mutants.append({"id": len(mutants), "file": rel, "op": op, "text": new})
    return root, len(sources), mutants


def find_gencheck(given):
    if given:
        return given
    here = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    p = os.path.join(here, "target", "release", "gencheck")
    if os.path.exists(p):
        return p
    sys.exit("differential-python.py: no gencheck binary; run `cargo build --release --locked` "
             "or pass --gencheck PATH")


def run_gencheck(gencheck, paths, batch=1000):
    files = {}
    for i in range(0, len(paths), batch):
        chunk = paths[i:i + batch]
        cmd = [gencheck, "check", "--format", "json", "--no-diff", "--color", "never", "--"]
        p = subprocess.run(cmd + chunk, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        if p.returncode not in (0, 1):
            sys.exit(f"differential-python.py: gencheck exit {p.returncode}: "
                     + p.stderr.decode("utf-8", "replace")[:2000])
        for f in json.loads(p.stdout)["files"]:
            files[os.path.realpath(f["path"])] = f
    return files


def line_of(text, finding):
    sp = finding.get("span") or {}
    return sp.get("line") or sp.get("start_line") or (sp.get("start") or {}).get("line")


def cause_of_message(msg):
    """A message without its names, numbers and positions: the cause."""
    msg = re.sub(r"`[^`]*`", "`_`", msg)
    msg = re.sub(r"'[^']*'", "'_'", msg)
    msg = re.sub(r"\(line \d+\)", "(line N)", msg)
    msg = re.sub(r"\d+", "N", msg)
    msg = re.sub(r"(repeated|parameter): \w+$", r"\1: _", msg)
    return msg


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--count", type=int, default=3000, help="number of mutants (default 3000)")
    ap.add_argument("--seed", type=int, default=20240611, help="random seed (fixed default)")
    ap.add_argument("--gencheck", help="gencheck binary (default target/release/gencheck)")
    ap.add_argument("--keep", help="write the mutants into this directory and keep them")
    ap.add_argument("--json", help="write every disagreement to this JSON file")
    args = ap.parse_args()

    gencheck = find_gencheck(args.gencheck)
    root, nsources, mutants = build_mutants(args.count, args.seed)
    work = args.keep or tempfile.mkdtemp(prefix="gencheck-diff.")
    os.makedirs(work, exist_ok=True)
    try:
        paths = []
        for m in mutants:
            d = os.path.join(work, f"m{m['id']:05d}")
            os.makedirs(d, exist_ok=True)
            path = os.path.join(d, os.path.basename(m["file"]))
            data = m["text"].encode("utf-8", "surrogatepass")
            with open(path, "wb") as fh:
                fh.write(data)
            m["path"] = path
            m["cpython"] = cpython_verdict(data, path)
            paths.append(path)
        results = run_gencheck(gencheck, paths)
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)

    agree = 0
    fp_syntax, fp_other, misses = (collections.defaultdict(list) for _ in range(3))
    by_op = collections.Counter()
    for m in mutants:
        f = results.get(os.path.realpath(m["path"]))
        errs = [x for x in (f or {}).get("findings") or [] if x.get("severity") == "error"]
        rejected = bool(errs) if f else True
        invalid = m["cpython"] is not None
        by_op[(m["op"], invalid)] += 1
        if rejected == invalid:
            agree += 1
            continue
        ex = {"mutant": m["id"], "file": m["file"], "op": m["op"]}
        if invalid:
            ex["cpython"] = m["cpython"]
            misses[cause_of_message(m["cpython"])].append(ex)
        else:
            syn = [x for x in errs if x.get("rule") == "syntax-error"]
            x = (syn or errs)[0]
            ex["finding"] = f"{x.get('rule')}: {x.get('message')}"
            ex["line"] = line_of(m["text"], x)
            key = f"{x.get('rule')}: {cause_of_message(x.get('message', ''))}"
            (fp_syntax if syn else fp_other)[key].append(ex)

    n = len(mutants)
    invalid_n = sum(1 for m in mutants if m["cpython"])
    print(f"stdlib: {root} ({nsources} files compile and were mutated)")
    print(f"python: {sys.version.split()[0]}; gencheck: {gencheck}")
    print(f"seed {args.seed}, {n} mutants: {invalid_n} invalid for CPython, {n - invalid_n} valid")
    print("mutants per edit (valid/invalid): " + ", ".join(
        f"{op} {by_op[(op, False)]}/{by_op[(op, True)]}" for op in OPS))
    nfs = sum(len(v) for v in fp_syntax.values())
    nfo = sum(len(v) for v in fp_other.values())
    nm = sum(len(v) for v in misses.values())
    print(f"agreement: {agree}/{n} = {100.0 * agree / n:.2f}%")
    print(f"false positives (syntax-error): {nfs}")
    print(f"false positives (other rules): {nfo}")
    print(f"misses: {nm}")

    def show(title, groups):
        if not groups:
            return
        print(f"\n{title}:")
        for key, exs in sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0])):
            e = exs[0]
            detail = e.get("finding") or e.get("cpython")
            line = f" line {e['line']}" if e.get("line") else ""
            print(f"  {len(exs):4d}  {key}")
            print(f"        e.g. mutant {e['mutant']} ({e['op']} in {e['file']}{line}): {detail}")

    show("False positives, syntax-error (by gencheck's message)", fp_syntax)
    show("False positives, other rules (by rule and message)", fp_other)
    show("Misses (by CPython's message)", misses)
    if args.json:
        with open(args.json, "w") as fh:
            json.dump({"fp_syntax": fp_syntax, "fp_other": fp_other, "misses": misses}, fh,
                      indent=1)


if __name__ == "__main__":
    main()
