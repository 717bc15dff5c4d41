#!/usr/bin/env python3
"""Compare manifest intent with verification.tsv; print disagreements and per-cell stats."""
import csv, sys, os
from collections import defaultdict
ROOT = sys.argv[1] if len(sys.argv) > 1 else "/work/main/holdout/tune-f"
man = list(csv.DictReader(open(os.path.join(ROOT, "manifest.tsv")), delimiter="\t"))
ver = defaultdict(list)
for r in csv.DictReader(open(os.path.join(ROOT, "verification.tsv")), delimiter="\t"):
    ver[r["path"]].append(r)


def expect_accept(m):
    n = m["note"]
    if m["folder"] == "clean":
        return True
    if m["folder"] == "placeholder" and (n.startswith("comment-only") or n.startswith("string-marker")):
        return True
    if m["folder"] == "llm-chatter" and n.startswith("prose as a"):
        return True
    return None


cells = defaultdict(lambda: [0, 0, 0])  # files, all-accepted, any-accepted
problems = []
for m in man:
    p = f'{m["folder"]}/{m["file"]}'
    rs = ver[p]
    acc = [r["result"] == "accepted" for r in rs]
    lang = m["language"].split(" ")[0]
    c = cells[(m["folder"], lang)]
    c[0] += 1
    c[1] += all(acc)
    c[2] += any(acc)
    e = expect_accept(m)
    if e and not all(acc):
        problems.append((p, [(r["checker"], r["result"], r["detail"]) for r in rs if r["result"] != "accepted"]))
for k, v in sorted(cells.items()):
    print(f"{k[0]:18} {k[1]:11} files={v[0]:2} all-accept={v[1]:2} some-accept={v[2]:2}")
print("\nEXPECTED-ACCEPT BUT REJECTED:")
for p, rs in problems:
    print(p, rs)
