#!/usr/bin/env python3
"""Rewrite the tune-mismatch2 corpus from bases.py.

Usage (from the repository root):

    python3 holdout/tune-mismatch2/generator/make.py holdout/tune-mismatch2

Empties and rewrites <root>/language-mismatch/ and <root>/clean/, and writes
<root>/manifest.tsv (folder, file, implied_ext, content_language, note).
Texts are written byte for byte as they stand in bases.py (UTF-8, "\n" line
ends, no newline added or removed).
"""

import re
import shutil
import sys
from collections import Counter
from pathlib import Path

sys.dont_write_bytecode = True  # keep generator/ free of __pycache__
sys.path.insert(0, str(Path(__file__).resolve().parent))

import bases  # noqa: E402

# extension -> group used for the per-extension minimums of the brief
GROUPS = {
    "ts": "ts/tsx",
    "tsx": "ts/tsx",
    "json": "json",
    "yml": "yml/yaml",
    "yaml": "yml/yaml",
    "sh": "sh",
    "toml": "toml",
    "js": "js/mjs",
    "mjs": "js/mjs",
}
MIN_MISMATCH_PER_GROUP = 16
MIN_CLEAN_PER_GROUP = 5
MIN_CLEAN_TOTAL = 30
MISMATCH_LINES = (8, 60)
NAME_RE = re.compile(r"^[a-z0-9][a-z0-9_]*\.[a-z]+$")


def line_count(text):
    return text.count("\n") + (0 if text.endswith("\n") else 1)


def check(entries):
    problems = []
    seen_names = set()
    seen_texts = {}
    for e in entries:
        name, text = e["file"], e["text"]
        where = f"{e['folder']}/{name}"
        if not NAME_RE.match(name):
            problems.append(f"{where}: name must be lowercase [a-z0-9_].ext")
        if name in seen_names:
            problems.append(f"{where}: duplicate file name")
        seen_names.add(name)
        if text in seen_texts:
            problems.append(f"{where}: same content as {seen_texts[text]}")
        seen_texts[text] = where
        if e["implied_ext"] not in GROUPS:
            problems.append(f"{where}: extension not covered by the corpus")
        for col in ("content_language", "note"):
            if "\t" in e[col] or "\n" in e[col]:
                problems.append(f"{where}: {col} contains a tab or newline")
        if not text.strip():
            problems.append(f"{where}: empty text")
        if e["folder"] == "language-mismatch":
            if "_as." not in name:
                problems.append(f"{where}: mismatch files are named <what>_as.<ext>")
            n = line_count(text)
            if not MISMATCH_LINES[0] <= n <= MISMATCH_LINES[1]:
                problems.append(f"{where}: {n} lines, want {MISMATCH_LINES[0]}-{MISMATCH_LINES[1]}")
    mm = Counter(GROUPS[e["implied_ext"]] for e in bases.MISMATCH if e["implied_ext"] in GROUPS)
    cl = Counter(GROUPS[e["implied_ext"]] for e in bases.CLEAN if e["implied_ext"] in GROUPS)
    for group in sorted(set(GROUPS.values())):
        if mm[group] < MIN_MISMATCH_PER_GROUP:
            problems.append(f"only {mm[group]} mismatch files for {group}")
        if cl[group] < MIN_CLEAN_PER_GROUP:
            problems.append(f"only {cl[group]} clean files for {group}")
    if len(bases.CLEAN) < MIN_CLEAN_TOTAL:
        problems.append(f"only {len(bases.CLEAN)} clean files")
    return problems


def main(argv):
    root = Path(argv[1]) if len(argv) > 1 else Path(__file__).resolve().parent.parent
    entries = bases.MISMATCH + bases.CLEAN
    problems = check(entries)
    if problems:
        for p in problems:
            print("error:", p, file=sys.stderr)
        return 1

    for folder in ("language-mismatch", "clean"):
        target = root / folder
        if target.exists():
            shutil.rmtree(target)
        target.mkdir(parents=True)

    rows = ["folder\tfile\timplied_ext\tcontent_language\tnote"]
    for e in entries:
        path = root / e["folder"] / e["file"]
        with open(path, "w", encoding="utf-8", newline="") as fh:
            fh.write(e["text"])
        rows.append("\t".join([e["folder"], e["file"], e["implied_ext"], e["content_language"], e["note"]]))
    with open(root / "manifest.tsv", "w", encoding="utf-8", newline="") as fh:
        fh.write("\n".join(rows) + "\n")

    for label, group in (("language-mismatch", bases.MISMATCH), ("clean", bases.CLEAN)):
        by_ext = Counter(e["implied_ext"] for e in group)
        detail = ", ".join(f".{k}={v}" for k, v in sorted(by_ext.items()))
        print(f"{label}: {len(group)} files ({detail})")
    flagged = sum(
        1
        for e in bases.MISMATCH
        if any(w in e["note"] for w in ("partial", "broken", "starts with a valid-Y line"))
    )
    print(f"mismatch files noted partial/broken/starts-with-valid-Y: {flagged} of {len(bases.MISMATCH)}")
    print(f"wrote {root / 'manifest.tsv'}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
