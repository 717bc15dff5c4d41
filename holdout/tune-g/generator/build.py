#!/usr/bin/env python3
"""Write the tune-g corpus: <label>/<path> files plus manifest.tsv.

Run from anywhere:  python3 holdout/tune-g/generator/build.py
It only writes below holdout/tune-g/ (the parent of this folder).
"""
import importlib
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import common  # noqa: E402

MODULES = [
    "p_js", "p_ts", "p_sh", "p_toml",
    "chat_yaml", "chat_sh",
    "mis_yaml", "mis_toml", "mis_json",
    "trunc_yaml",
    "clean_yaml", "clean_toml", "clean_json", "clean_sh", "clean_js", "clean_ts",
]


def main():
    for name in MODULES:
        if os.path.exists(os.path.join(HERE, name + ".py")):
            importlib.import_module(name)
    seen = set()
    for e in common.ENTRIES:
        key = (e["label"], e["path"])
        assert key not in seen, key
        seen.add(key)
        if not 15 <= e["nlines"] <= 80:
            print(f"WARN line count {e['nlines']}: {e['label']}/{e['path']}")
    for label in common.LABELS:
        shutil.rmtree(os.path.join(ROOT, label), ignore_errors=True)
    for e in common.ENTRIES:
        dest = os.path.join(ROOT, e["label"], e["path"])
        os.makedirs(os.path.dirname(dest), exist_ok=True)
        with open(dest, "w", encoding="utf-8", newline="") as fh:
            fh.write(e["text"])
    with open(os.path.join(ROOT, "manifest.tsv"), "w", encoding="utf-8", newline="") as fh:
        fh.write("folder\tfile\tlanguage\tnote\n")
        for e in common.ENTRIES:
            for col in (e["path"], e["lang"], e["note"]):
                assert "\t" not in col and "\n" not in col, col
            fh.write(f"{e['label']}\t{e['path']}\t{e['lang']}\t{e['note']}\n")
    print(f"wrote {len(common.ENTRIES)} files")


if __name__ == "__main__":
    main()
