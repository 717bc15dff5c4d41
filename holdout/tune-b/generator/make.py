#!/usr/bin/env python3
"""Write the tune-b corpus from generator/bases.py.

Usage (from /work/main): python3 holdout/tune-b/generator/make.py holdout/tune-b

Empties and rewrites truncated/, placeholder/, llm-chatter/ and clean/ under
the target folder, then writes manifest.tsv with one row per file:
folder, file, language, defect, parser_accepts (yes/no, from verify.py's
parser checks), final_newline (yes/no).
"""
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import bases  # noqa: E402
import verify  # noqa: E402

FOLDERS = ("truncated", "placeholder", "llm-chatter", "clean")


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "..")
    root = os.path.abspath(root)
    if os.path.basename(root) != "tune-b":
        sys.exit("refusing to write outside a folder named tune-b: %s" % root)

    seen = set()
    for case in bases.CASES:
        key = (case["folder"], case["file"])
        if key in seen:
            sys.exit("duplicate file name: %s/%s" % key)
        if case["file"] != case["file"].lower():
            sys.exit("file names must be lowercase: %s" % case["file"])
        if verify.language_of(case["file"]) is None:
            sys.exit("unknown extension: %s" % case["file"])
        if case["folder"] not in FOLDERS:
            sys.exit("unknown folder: %s" % case["folder"])
        seen.add(key)
    texts = {}
    for case in bases.CASES:
        texts.setdefault(case["text"], []).append(case["folder"] + "/" + case["file"])
    for text, names in texts.items():
        if len(names) > 1:
            sys.exit("identical texts: %s" % ", ".join(names))

    for folder in FOLDERS:
        path = os.path.join(root, folder)
        if os.path.isdir(path):
            shutil.rmtree(path)
        os.makedirs(path)

    written = []
    for case in bases.CASES:
        path = os.path.join(root, case["folder"], case["file"])
        with open(path, "w", encoding="utf-8", newline="") as fh:
            fh.write(case["text"])
        written.append((case, path))

    results = verify.check_files([p for _, p in written])

    rows = ["folder\tfile\tlanguage\tdefect\tparser_accepts\tfinal_newline"]
    for case, path in written:
        ok, _ = results[path]
        desc = " ".join(case["desc"].split()).replace("\t", " ")
        rows.append("\t".join([
            case["folder"], case["file"], verify.language_of(case["file"]), desc,
            "yes" if ok else "no", "yes" if case["text"].endswith("\n") else "no",
        ]))
    with open(os.path.join(root, "manifest.tsv"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(rows) + "\n")

    bad = [(c, results[p][1]) for c, p in written
           if c["folder"] in ("clean", "placeholder") and not results[p][0]]
    print("wrote %d files and manifest.tsv under %s" % (len(written), root))
    for c, detail in bad:
        print("PARSER REJECTS %s/%s: %s" % (c["folder"], c["file"], detail))
    if bad:
        sys.exit(1)


if __name__ == "__main__":
    main()
