"""Write every SQL file of the tune-sql4 corpus and manifest.tsv.

Run from anywhere:  python3 generator/build.py
The corpus root is the parent folder of this script.
"""
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

from common import RULES, load_all, self_check  # noqa: E402


def main():
    entries = load_all()
    problems = self_check(entries)
    for r in RULES:
        d = os.path.join(ROOT, r)
        if os.path.isdir(d):
            shutil.rmtree(d)
    for e in entries:
        p = os.path.join(ROOT, e.path)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "w", encoding="utf-8", newline="") as fh:
            fh.write(e.body)
    with open(os.path.join(ROOT, "manifest.tsv"), "w", encoding="utf-8", newline="") as fh:
        fh.write("path\trule\tdialect\tdescription\tfinal_newline\n")
        for e in entries:
            assert "\t" not in e.description and "\n" not in e.description
            fh.write(f"{e.path}\t{e.rule}\t{e.dialect}\t{e.description}\t{e.final_newline}\n")
    print(f"wrote {len(entries)} files")
    for p in problems:
        print("PROBLEM:", p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
