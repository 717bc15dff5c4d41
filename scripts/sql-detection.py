#!/usr/bin/env python3
"""Detection of broken SQL per dialect, on mutants of real, valid files.

    python3 scripts/sql-detection.py [--part tune|holdout|fresh] [--per-dialect N] [--keep DIR] [GENCHECK...]

The valid files are the corpus of scripts/fp-sql.sh (run it first; it leaves
$FP_CACHE/run/index.json and the files under $FP_CACHE/run/corpus). Every file
gencheck accepts gets, deterministically (seeded by its path), one mutant of
each kind that applies to it:

  unclosed   one `)` of a code line deleted            -> an unclosed bracket
  doubled    a FROM/WHERE/SELECT written twice          -> FROM FROM
  misspelt   a statement's first keyword misspelt       -> SELCT, CRAETE
  comma      the `,` ending a code line deleted: invalid in a column definition
             list, but in a SELECT list it makes the next name an alias (valid)
  cut        the file cut after a `(` or `,` of a code line in its last third
  cutline    the file cut at the end of a code line in its last third that
             does not end a statement (no `;`): what is left may still parse
  splice     a name glued to a run of digits and a piece of another line
             (`customer_id4821937, 22) ->`), as model output cut and resumed

Each kind but `comma` and `cutline` breaks the SQL in every dialect. A mutant counts as caught when
gencheck rejects it (exit 1). The table gives caught/total per dialect and
kind for each binary given (default target/release/gencheck), so two builds
can be compared on the same mutants. Nothing is written into the repository.
"""

import argparse
import hashlib
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile

KINDS = ["unclosed", "doubled", "misspelt", "comma", "cut", "cutline", "splice"]
STARTS = ["SELECT", "INSERT", "UPDATE", "DELETE", "CREATE", "ALTER", "DROP"]


def code_lines(text):
    """Indexes of lines that look like code: no quotes, not comments."""
    out = []
    for i, line in enumerate(text.split("\n")):
        s = line.strip()
        if not s or s.startswith(("--", "#", "/*", "*", "//")) or "'" in s or '"' in s or "--" in s:
            continue
        out.append(i)
    return out


def mutate(text, kind, rng):
    lines = text.split("\n")
    code = code_lines(text)
    if kind == "unclosed":
        cands = [i for i in code if ")" in lines[i]]
        if not cands:
            return None
        i = rng.choice(cands)
        pos = [m.start() for m in re.finditer(r"\)", lines[i])]
        p = rng.choice(pos)
        lines[i] = lines[i][:p] + lines[i][p + 1 :]
        return "\n".join(lines)
    if kind == "doubled":
        cands = [(i, m) for i in code for m in re.finditer(r"\b(FROM|WHERE|SELECT)\b", lines[i], re.I)]
        if not cands:
            return None
        i, m = rng.choice(cands)
        lines[i] = lines[i][: m.end()] + " " + m.group(0) + lines[i][m.end() :]
        return "\n".join(lines)
    if kind == "misspelt":
        cands = [i for i in code if lines[i].lstrip().split(" ")[0].upper() in STARTS]
        if not cands:
            return None
        i = rng.choice(cands)
        stripped = lines[i].lstrip()
        indent = lines[i][: len(lines[i]) - len(stripped)]
        word = stripped.split(" ")[0]
        j = rng.randrange(1, len(word) - 1)
        bad = word[:j] + word[j + 1] + word[j] + word[j + 2 :]  # swap two letters
        if bad.upper() == word.upper():
            bad = word[:j] + word[j + 1 :]
        lines[i] = indent + bad + stripped[len(word) :]
        return "\n".join(lines)
    if kind == "comma":
        cands = [i for i in code if lines[i].rstrip().endswith(",")]
        if not cands:
            return None
        i = rng.choice(cands)
        lines[i] = lines[i].rstrip()[:-1]
        return "\n".join(lines)
    if kind == "cut":
        third = len(lines) * 2 // 3
        cands = [(i, m.end()) for i in code if i >= third for m in re.finditer(r"[(,]", lines[i])]
        if not cands:
            return None
        i, p = rng.choice(cands)
        return "\n".join(lines[:i] + [lines[i][:p]])
    if kind == "cutline":
        third = len(lines) * 2 // 3
        cands = [i for i in code if i >= third and not lines[i].rstrip().endswith(";")]
        # Only where the next code line goes on with the same statement.
        cands = [i for i in cands if any(j > i for j in code)]
        if not cands:
            return None
        i = rng.choice(cands)
        return "\n".join(lines[: i + 1]) + "\n"
    if kind == "splice":
        cands = [(i, m) for i in code for m in re.finditer(r"\b[a-z_][a-z_]{3,}\b", lines[i])]
        if len(cands) < 2:
            return None
        i, m = rng.choice(cands)
        k, _ = rng.choice(cands)
        other = lines[k]
        piece = other[len(other) // 2 :]
        glued = m.group(0) + str(rng.randrange(1000000, 9999999)) + ", " + piece.strip()
        lines[i] = lines[i][: m.start()] + glued
        # The rest of the cut line is lost, as in a resumed reply.
        return "\n".join(lines[: i + 1] + lines[i + 1 :])
    return None


def run(gencheck, dialect, paths):
    """Exit status per path (batches of 200)."""
    status = {}
    for b in range(0, len(paths), 200):
        batch = paths[b : b + 200]
        out = subprocess.run(
            [gencheck, "check", "--no-diff", "--format", "json", "--dialect", dialect, *batch],
            capture_output=True,
            text=True,
        )
        try:
            data = json.loads(out.stdout)
        except json.JSONDecodeError:
            sys.exit(f"error: {gencheck} gave no JSON: {out.stderr[:300]}")
        for f in data.get("files", []):
            errors = [x for x in f.get("findings", []) if x.get("severity") == "error"]
            status[f["path"]] = bool(errors)
    return status


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--part", default="tune", choices=["tune", "holdout", "fresh"])
    ap.add_argument("--per-dialect", type=int, default=150, help="valid files per dialect (default 150)")
    ap.add_argument("--keep", metavar="DIR", help="write the mutants under DIR and keep them, with misses.txt (the mutants the last binary accepts)")
    ap.add_argument("gencheck", nargs="*", default=["target/release/gencheck"])
    args = ap.parse_args()
    cache = os.environ.get("FP_CACHE")
    if not cache:
        sys.exit("error: set FP_CACHE to the cache of scripts/fp-sql.sh")
    run_dir = os.path.join(cache, "run")
    index = json.load(open(os.path.join(run_dir, "index.json")))
    by_dialect = {}
    for f in index["files"]:
        if f.get("status") == "checked" and f.get("part") == args.part:
            by_dialect.setdefault(f["dialect"], []).append(f)
    work = args.keep or tempfile.mkdtemp(prefix="gencheck-sql-detection.")
    misses = []
    results = {}  # (gencheck, dialect, kind) -> [caught, total]
    try:
        for dialect, files in sorted(by_dialect.items()):
            files.sort(key=lambda f: hashlib.sha1(f["staged"].encode()).hexdigest())
            files = files[: args.per_dialect]
            originals = [os.path.join(run_dir, "corpus", f["staged"]) for f in files]
            # Only files every binary accepts: a mutant of a rejected file says nothing.
            ok = set(originals)
            for g in args.gencheck:
                st = run(g, dialect, originals)
                ok &= {p for p in originals if st.get(p) is False}
            mutants = {k: [] for k in KINDS}
            for n, path in enumerate(sorted(ok)):
                text = open(path, encoding="utf-8", errors="replace").read()
                for kind in KINDS:
                    rng = random.Random(path + kind)
                    m = mutate(text, kind, rng)
                    if m is None or m == text:
                        continue
                    d = os.path.join(work, dialect, kind)
                    os.makedirs(d, exist_ok=True)
                    p = os.path.join(d, f"{n:05d}.sql")
                    open(p, "w", encoding="utf-8").write(m)
                    mutants[kind].append(p)
            for g in args.gencheck:
                for kind, paths in mutants.items():
                    if not paths:
                        continue
                    st = run(g, dialect, paths)
                    caught = sum(1 for p in paths if st.get(p))
                    if g == args.gencheck[-1]:
                        misses += [f"{dialect} {kind} {p}" for p in paths if not st.get(p)]
                    results[(g, dialect, kind)] = (caught, len(paths))
        dialects = sorted({d for _, d, _ in results})
        for g in args.gencheck:
            print(f"\n{g} ({args.part} part; caught / mutants)\n")
            print("| dialect | " + " | ".join(KINDS) + " | all |")
            print("| --- |" + " ---: |" * (len(KINDS) + 1))
            for d in dialects:
                cells, c_all, t_all = [], 0, 0
                for k in KINDS:
                    c, t = results.get((g, d, k), (0, 0))
                    c_all += c
                    t_all += t
                    cells.append(f"{c}/{t}" if t else "-")
                pct = f"{100 * c_all / t_all:.0f}%" if t_all else "-"
                print(f"| {d} | " + " | ".join(cells) + f" | {c_all}/{t_all} ({pct}) |")
        if args.keep:
            with open(os.path.join(work, "misses.txt"), "w") as f:
                f.write("".join(m + "\n" for m in misses))
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
