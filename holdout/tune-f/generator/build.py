#!/usr/bin/env python3
"""Write the tune-f corpus and manifest.tsv from the generator modules."""
import os, sys, shutil
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import ENTRIES
import gen_placeholder, gen_chatter, gen_mismatch, gen_truncated, gen_clean  # noqa: F401

OUT = sys.argv[1] if len(sys.argv) > 1 else "/work/main/holdout/tune-f"
LABELS = ["placeholder", "llm-chatter", "language-mismatch", "truncated", "clean"]

seen = set()
problems = []
for e in ENTRIES:
    key = (e["label"], e["path"])
    if key in seen:
        problems.append(f"duplicate path {key}")
    seen.add(key)
    c = e["content"]
    if "\r" in c:
        problems.append(f"CR in {key}")
    n = c.count("\n") + (0 if c.endswith("\n") else 1)
    e["lines"] = n
    if not 10 <= n <= 70:
        problems.append(f"{key}: {n} lines")
    if e["label"] not in LABELS:
        problems.append(f"bad label {key}")
if problems:
    print("\n".join(problems))
    sys.exit(1)

import re

SNIP = re.compile(r"'(.+?)'(?=[\s,;)]|$)")


def fix_line_refs(e):
    """Point 'line N' in a note at the line that holds the first quoted snippet."""
    note, lines = e["note"], e["content"].split("\n")
    refs = re.findall(r"\bline (\d+)", note)
    if not refs:
        return
    if len(refs) > 1:
        print("WARN several line refs:", e["label"], e["path"])
        return
    m = SNIP.search(note)
    if not m:
        print("WARN no snippet:", e["label"], e["path"], note)
        return
    snip = m.group(1)
    hit = [i for i, l in enumerate(lines, 1) if l.strip() == snip.strip()]
    if not hit:
        hit = [i for i, l in enumerate(lines, 1) if snip.strip() in l]
    if not hit:
        print("WARN snippet not found:", e["label"], e["path"], repr(snip))
        return
    if int(refs[0]) != hit[0]:
        print(f"fix {e['label']}/{e['path']}: line {refs[0]} -> {hit[0]}")
        e["note"] = re.sub(r"\bline \d+", f"line {hit[0]}", note, count=1)


for e in ENTRIES:
    fix_line_refs(e)

for lab in LABELS:
    p = os.path.join(OUT, lab)
    if os.path.isdir(p):
        shutil.rmtree(p)
for e in ENTRIES:
    p = os.path.join(OUT, e["label"], e["path"])
    os.makedirs(os.path.dirname(p), exist_ok=True)
    with open(p, "w", encoding="utf-8", newline="") as fh:
        fh.write(e["content"])

with open(os.path.join(OUT, "manifest.tsv"), "w", encoding="utf-8", newline="") as fh:
    fh.write("folder\tfile\tlanguage\tnote\n")
    for e in ENTRIES:
        fin = "final newline: yes" if e["content"].endswith("\n") else "final newline: no"
        note = f'{e["note"]}; {e["lines"]} lines; {fin}'
        assert "\t" not in note and "\n" not in note, e["path"]
        fh.write(f'{e["label"]}\t{e["path"]}\t{e["lang"]}\t{note}\n')

from collections import Counter
cnt = Counter((e["label"], e["lang"].split(" ")[0]) for e in ENTRIES)
for k in sorted(cnt):
    print(k, cnt[k])
print("total", len(ENTRIES))
