#!/usr/bin/env python3
"""Regenerate the language-mismatch tuning corpus.

Usage: python3 holdout/tune-mismatch/generator/make.py holdout/tune-mismatch

Writes <out>/language-mismatch/*, <out>/clean/* and <out>/manifest.tsv from the
literal texts in bases.py (next to this script).  Both case folders are emptied
first so the output is exactly what bases.py describes.
"""
import os
import sys
from pathlib import Path

sys.dont_write_bytecode = True
sys.path.insert(0, str(Path(__file__).resolve().parent))
import bases  # noqa: E402


def ext_of(name: str) -> str:
    return name.rsplit(".", 1)[1] if "." in name else ""


def main() -> int:
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    out = Path(sys.argv[1])
    names = [c["name"] for c in bases.MISMATCH] + [c["name"] for c in bases.CLEAN]
    dups = {n for n in names if names.count(n) > 1}
    if dups:
        print(f"duplicate names: {sorted(dups)}", file=sys.stderr)
        return 1
    rows = ["folder\tfile\timplied_ext\tcontent_language\tbroken"]
    for folder, cases in (("language-mismatch", bases.MISMATCH), ("clean", bases.CLEAN)):
        d = out / folder
        d.mkdir(parents=True, exist_ok=True)
        for old in d.iterdir():
            if old.is_file():
                old.unlink()
        for case in cases:
            (d / case["name"]).write_text(case["text"], encoding="utf-8")
            lang = case.get("lang") or f"(valid .{ext_of(case['name'])}) embeds {case['embeds']}"
            rows.append("\t".join([folder, case["name"], ext_of(case["name"]), lang,
                                   case.get("broken") or ""]))
    (out / "manifest.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    print(f"wrote {len(bases.MISMATCH)} mismatch and {len(bases.CLEAN)} clean files to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
