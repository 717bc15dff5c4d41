#!/usr/bin/env python3
"""Helpers of scripts/fp-js.sh (Python standard library only).

  todo CACHE.tsv LIST        print the files of LIST (one path a line) that CACHE.tsv
                             has no verdict for at their current size and mtime
  stamp                      filter: `path<TAB>rest` lines in, `path<TAB>stamp<TAB>rest`
                             out (stamp = size.mtime, the cache key with the path)
  report RUN CACHE CORPUS... print the tables and the lists: RUN/<corpus>.list (files),
                             RUN/<corpus>.gencheck.jsonl (gencheck), CACHE/ref/node.tsv
                             and CACHE/ref/ts.tsv (reference verdicts)

Reference: .js .mjs .cjs -> `node --check` (scripts/fp/node-check.sh); a .js file that
node parses only in the other module mode than its package.json says counts as accepted
(and is listed); .ts .mts .cts .tsx .jsx (and .d.*ts) -> TypeScript's parseDiagnostics
(scripts/fp/ts-parse.js). TypeScript's verdict on .js files is shown next to node's.
"""

import collections
import json
import os
import re
import sys

JS_EXTS = (".js", ".mjs", ".cjs")


def stamp_of(path):
    try:
        st = os.stat(path)
    except OSError:
        return None
    return f"{st.st_size}.{int(st.st_mtime)}"


def load_cache(path, fields):
    """path<TAB>stamp<TAB>fields... -> {path: (stamp, [fields])}; the last line wins."""
    out = {}
    if not os.path.exists(path):
        return out
    with open(path, encoding="utf-8", errors="replace") as fh:
        for line in fh:
            parts = line.rstrip("\n").split("\t")
            if len(parts) != 2 + fields:
                continue  # a line cut short by an interrupted run
            out[parts[0]] = (parts[1], parts[2:])
    return out


def read_list(path):
    with open(path, encoding="utf-8", errors="surrogateescape") as fh:
        return [l.rstrip("\n") for l in fh if l.strip()]


def cmd_todo(cache_path, list_path):
    cache = load_cache(cache_path, 4)
    for f in read_list(list_path):
        hit = cache.get(f)
        if hit is None or hit[0] != stamp_of(f):
            print(f)


def cmd_stamp():
    for line in sys.stdin:
        line = line.rstrip("\n")
        path, _, rest = line.partition("\t")
        s = stamp_of(path)
        if s is not None and rest:
            print(f"{path}\t{s}\t{rest}", flush=True)


def ext_of(path):
    name = os.path.basename(path)
    m = re.search(r"(\.d\.[mc]?ts|\.[a-z]+)$", name)
    return m.group(1) if m else name


def reference(path, node, ts):
    """-> dict(rejected: bool|None, tool, mode, where, msg, note)"""
    st = stamp_of(path)
    e = ext_of(path)
    t = ts.get(path)
    t = t[1] if t and t[0] == st else None
    if e in JS_EXTS:
        n = node.get(path)
        n = n[1] if n and n[0] == st else None
        if n is None:
            return dict(rejected=None, tool="node", mode="", where="", msg="no node verdict", note="")
        verdict, mode, where, msg = n
        note = ""
        if verdict.startswith("other-mode"):
            note = f"node parses it only as {verdict.split(':')[1]} (package mode: {mode})"
        if verdict != "ok" and t is not None:
            if t[1] == "0":
                note += ("; " if note else "") + (
                    "TypeScript's parser (JS kind, which takes JSX and type annotations) accepts it")
                if verdict == "rejected" and "Unexpected token '<'" in msg:
                    note += ": JSX in a .js file?"
            else:
                note += ("; " if note else "") + f"TypeScript's parser rejects it too: {t[2]} {t[3]}"
        return dict(rejected=(verdict == "rejected"), tool="node", mode=mode, where=where, msg=msg,
                    note=note, verdict=verdict)
    if t is None:
        return dict(rejected=None, tool="ts", mode="", where="", msg="no TypeScript verdict", note="")
    kind, count, where, msg = t
    note = f"{count} parse diagnostics" if count not in ("0", "1") else ""
    return dict(rejected=(count != "0"), tool=f"ts:{kind}", mode=kind, where=where, msg=msg,
                note=note, verdict="ok" if count == "0" else "rejected")


def cmd_report(run, cache, corpora):
    node = load_cache(os.path.join(cache, "ref", "node.tsv"), 4)
    ts = load_cache(os.path.join(cache, "ref", "ts.tsv"), 4)
    pkgs = os.path.join(cache, "pkgs") + os.sep
    extra = os.environ.get("EXTRA_DIR", "")

    def rel(p):
        if p.startswith(pkgs):
            return p[len(pkgs):]
        if extra and p.startswith(os.path.abspath(extra) + os.sep):
            return "extra:" + p[len(os.path.abspath(extra)) + 1:]
        return p

    def gc_errors(g):
        if g is None:
            return "no gencheck result"
        errs = g.get("errors") or []
        if not errs:
            return "no error finding"
        return " | ".join(
            f"{e['rule']} {e.get('line') or '?'}:{e.get('col') or '?'} {e['message'][:200]}" for e in errs[:3]
        ) + (f" | (+{len(errs) - 3} more)" if len(errs) > 3 else "")

    def ref_text(r):
        s = f"{r['tool']}"
        if r["tool"] == "node":
            s += f"({r['mode']})"
        s += f" {r['where']} {r['msg']}".rstrip()
        if r.get("note"):
            s += f" [{r['note']}]"
        return s

    summary, details = [], []
    for c in corpora:
        files = read_list(os.path.join(run, f"{c}.list"))
        gc = {}
        gpath = os.path.join(run, f"{c}.gencheck.jsonl")
        if os.path.exists(gpath):
            with open(gpath, encoding="utf-8") as fh:
                for line in fh:
                    try:
                        d = json.loads(line)
                    except ValueError:
                        continue
                    gc[d["path"]] = d
        rows = []
        for f in files:
            try:
                size = os.path.getsize(f)
            except OSError:
                size = 0
            r = reference(f, node, ts)
            g = gc.get(f)
            g_rej = None if g is None else (not g["accepted"])
            rows.append((f, ext_of(f), size, r, g, g_rej))
        summary.append((c, rows))
        details.append((c, rows))

    def counts(rows):
        n = len(rows)
        mb = sum(r[2] for r in rows) / 1e6
        ref_rej = sum(1 for r in rows if r[3]["rejected"])
        gc_rej = sum(1 for r in rows if r[5])
        fp = sum(1 for r in rows if r[5] and r[3]["rejected"] is False)
        miss = sum(1 for r in rows if r[3]["rejected"] and r[5] is False)
        no_ref = sum(1 for r in rows if r[3]["rejected"] is None)
        no_gc = sum(1 for r in rows if r[5] is None)
        unparsed = sum(1 for r in rows if r[4] is not None and r[4].get("unknown"))
        return n, mb, ref_rej, gc_rej, fp, miss, no_ref, no_gc, unparsed

    head = f"{'corpus':<16} {'files':>6} {'MB':>7} {'ref-rej':>7} {'gc-rej':>6} {'FP':>5} {'misses':>6} {'no-ref':>6} {'no-gc':>5} {'unparsed':>8}"
    fmt = "{:<16} {:>6} {:>7.1f} {:>7} {:>6} {:>5} {:>6} {:>6} {:>5} {:>8}"
    print("FP = gencheck rejects, reference accepts; misses = reference rejects, gencheck accepts;")
    print("no-ref / no-gc = no verdict from the reference / from gencheck; unparsed = gencheck")
    print("answered unknown-language (a binary without the JavaScript/TypeScript backend)")
    print()
    print(head)
    for c, rows in summary:
        print(fmt.format(c, *counts(rows)))
    for c, rows in summary:
        print()
        print(f"--- {c}: by extension")
        print(head.replace("corpus          ", "extension       "))
        by = collections.defaultdict(list)
        for r in rows:
            by[r[1]].append(r)
        for e in sorted(by, key=lambda e: (-len(by[e]), e)):
            print(fmt.format(e, *counts(by[e])))
        modes = collections.Counter(r[3]["mode"] for r in rows if r[3]["tool"] == "node")
        print("node --check modes: " + ", ".join(f"{m or '?'} {n}" for m, n in sorted(modes.items()))
              + "  (esm: .mjs or \"type\": \"module\"; cjs: .cjs or \"type\": \"commonjs\";"
              " detect: no \"type\": CommonJS, or ESM where CommonJS fails)")
        by_pkg = collections.Counter("/".join(rel(r[0]).split("/")[:2]) for r in rows)
        print("files by package: " + ", ".join(f"{p} {n}" for p, n in sorted(by_pkg.items())))

    for c, rows in details:
        fps = [r for r in rows if r[5] and r[3]["rejected"] is False]
        misses = [r for r in rows if r[3]["rejected"] and r[5] is False]
        both = [r for r in rows if r[3]["rejected"] and r[5]]
        other = [r for r in rows if r[3].get("verdict", "").startswith("other-mode")]
        noref = [r for r in rows if r[3]["rejected"] is None]
        nogc = [r for r in rows if r[5] is None]
        print()
        print(f"=== {c}: false positives (gencheck rejects, reference accepts): {len(fps)}")
        for r in fps:
            print(f"{rel(r[0])}\n    reference: {ref_text(r[3]) if r[3]['msg'] else r[3]['tool'] + ' ok'}"
                  f"{' [' + r[3]['note'] + ']' if r[3].get('note') and not r[3]['msg'] else ''}"
                  f"\n    gencheck:  {gc_errors(r[4])}")
        print(f"=== {c}: misses (reference rejects, gencheck accepts): {len(misses)}")
        for r in misses:
            print(f"{rel(r[0])}\n    reference: {ref_text(r[3])}")
        print(f"=== {c}: rejected by both: {len(both)}")
        for r in both:
            print(f"{rel(r[0])}\n    reference: {ref_text(r[3])}\n    gencheck:  {gc_errors(r[4])}")
        print(f"=== {c}: .js files node parses only in the other module mode (counted as accepted): {len(other)}")
        for r in other:
            g = "rejected: " + gc_errors(r[4]) if r[5] else "accepted"
            print(f"{rel(r[0])}\n    reference: {ref_text(r[3])}\n    gencheck:  {g}")
        if noref:
            print(f"=== {c}: no reference verdict: {len(noref)}")
            for r in noref:
                print(f"{rel(r[0])}: {r[3]['msg']}")
        if nogc:
            print(f"=== {c}: no gencheck result (crash or cut-off batch?): {len(nogc)}")
            for r in nogc[:50]:
                print(rel(r[0]))


def main(argv):
    if len(argv) >= 3 and argv[0] == "todo":
        cmd_todo(argv[1], argv[2])
    elif argv[:1] == ["stamp"]:
        cmd_stamp()
    elif len(argv) >= 4 and argv[0] == "report":
        cmd_report(argv[1], argv[2], argv[3:])
    else:
        print(__doc__, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
