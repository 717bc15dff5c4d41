#!/usr/bin/env python3
"""Regenerate the placeholder tuning corpus.

Usage:  python3 holdout/tune-placeholder/generator/make.py holdout/tune-placeholder

Every case is a literal text kept in the bases_*.py modules beside this
script.  Each case is (kind, relative path, text, parses, lang):
  kind    'placeholder' or 'clean' (the top-level folder it is written to)
  parses  False only for the placeholder files whose elision also breaks
          the language's syntax (a bare `...` line, `...` in an object ...)
  lang    which parser verify.py uses (derived from the extension unless set)
"""
import os
import shutil
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import bases  # noqa: E402


def main(argv):
    if len(argv) != 2:
        print(__doc__)
        return 2
    out = argv[1]
    cases = bases.all_cases()
    seen = set()
    for c in cases:
        key = (c.kind, c.path)
        if key in seen:
            raise SystemExit(f"duplicate case path: {c.kind}/{c.path}")
        seen.add(key)
    for kind in ("placeholder", "clean"):
        d = os.path.join(out, kind)
        if os.path.isdir(d):
            shutil.rmtree(d)
    for c in cases:
        p = os.path.join(out, c.kind, c.path)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "w", encoding="utf-8", newline="\n") as f:
            f.write(c.text)
    n_ph = sum(1 for c in cases if c.kind == "placeholder")
    n_cl = sum(1 for c in cases if c.kind == "clean")
    n_bad = sum(1 for c in cases if not c.parses)
    print(f"wrote {n_ph} placeholder files ({n_bad} intentionally not parsing) "
          f"and {n_cl} clean files under {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
