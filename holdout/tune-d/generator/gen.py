#!/usr/bin/env python3
"""Generate the tune-d corpus from the case tables in cases_*.py.

Template language (markers are whole lines, except @@CUT@@):

    @@{            start of a swap
    ...base...     lines that exist in the valid base file
    @@|
    ...defect...   lines that replace them in the corpus file
    @@}

  placeholder/: base = real code, defect = the elision comment/ellipsis
  llm-chatter/: base part is empty, defect part is the model's prose
  truncated/  : the inline marker @@CUT@@ marks the cut point; base is the
                whole text with the marker removed, the corpus file is the
                text before the marker (plus "\n" only when nl=True)
  clean/      : no markers; base == corpus file

Each case is (filename, note, text, opts); opts may hold nl=False/True.
Bases are written to generator/bases/<folder>/<file> so that verify.py can
check that every base parses before the defect is applied.
"""
import importlib
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

MODULES = [
    ("placeholder", "cases_ph_ts", "TypeScript"),
    ("placeholder", "cases_ph_js", "JavaScript"),
    ("placeholder", "cases_ph_yaml", "YAML"),
    ("placeholder", "cases_ph_sh", "shell"),
    ("llm-chatter", "cases_ch_yaml", "YAML"),
    ("llm-chatter", "cases_ch_sh", "shell"),
    ("truncated", "cases_tr_yaml", "YAML"),
    ("truncated", "cases_tr_sh", "shell"),
    ("clean", "cases_clean", None),
]


def lang_of(name):
    ext = name.rsplit(".", 1)[-1]
    return {
        "ts": "TypeScript", "tsx": "TypeScript",
        "js": "JavaScript", "jsx": "JavaScript", "mjs": "JavaScript", "cjs": "JavaScript",
        "yml": "YAML", "yaml": "YAML", "sh": "shell", "bash": "shell",
    }[ext]


def expand(text):
    """Return (base, defect) from a template with @@{ @@| @@} swaps."""
    base, defect = [], []
    state = None
    for line in text.split("\n"):
        s = line.strip()
        if s == "@@{":
            assert state is None, "nested swap"
            state = "base"
            continue
        if s == "@@|":
            assert state == "base"
            state = "defect"
            continue
        if s == "@@}":
            assert state == "defect"
            state = None
            continue
        if state is None:
            base.append(line)
            defect.append(line)
        elif state == "base":
            base.append(line)
        else:
            defect.append(line)
    assert state is None, "unterminated swap"
    return "\n".join(base), "\n".join(defect)


def build(folder, text, opts):
    if text.startswith("\n"):
        text = text[1:]
    nl = opts.get("nl")
    if folder == "truncated":
        assert text.count("@@CUT@@") == 1, "need exactly one @@CUT@@"
        assert "@@{" not in text
        base = text.replace("@@CUT@@", "")
        defect = text.split("@@CUT@@")[0]
        if nl:
            defect += "\n"
        else:
            defect = defect.rstrip("\n")
        if not base.endswith("\n"):
            base += "\n"
        return base, defect
    base, defect = expand(text)
    if not base.endswith("\n"):
        base += "\n"
    if not defect.endswith("\n"):
        defect += "\n"
    if nl is False:
        defect = defect.rstrip("\n")
    if folder == "clean":
        assert base.rstrip("\n") == defect.rstrip("\n")
        base = defect  # keep exact bytes, incl. a missing final newline
    else:
        assert base != defect, "defect identical to base"
    return base, defect


def main():
    manifest = []
    seen = set()
    counts = {}
    bad = []
    for folder, modname, _lang in MODULES:
        mod = importlib.import_module(modname)
        for case in mod.CASES:
            name, note, text = case[0], case[1], case[2]
            opts = case[3] if len(case) > 3 else {}
            key = (folder, name)
            assert key not in seen, f"duplicate {key}"
            seen.add(key)
            base, defect = build(folder, text, opts)
            nlines = defect.count("\n") + (0 if defect.endswith("\n") else 1)
            if not 10 <= nlines <= 70:
                bad.append(f"{folder}/{name}: {nlines} lines")
            for d, content in ((os.path.join(ROOT, folder), defect),
                               (os.path.join(HERE, "bases", folder), base)):
                os.makedirs(d, exist_ok=True)
                with open(os.path.join(d, name), "w", encoding="utf-8", newline="") as f:
                    f.write(content)
            lang = lang_of(name)
            manifest.append((folder, name, lang, note))
            counts[(folder, lang)] = counts.get((folder, lang), 0) + 1
    assert not bad, bad
    with open(os.path.join(ROOT, "manifest.tsv"), "w", encoding="utf-8") as f:
        f.write("folder\tfile\tlanguage\tnote\n")
        for row in manifest:
            assert all("\t" not in c and "\n" not in c for c in row)
            f.write("\t".join(row) + "\n")
    for k in sorted(counts):
        print(f"{k[0]:12s} {k[1]:11s} {counts[k]}")
    print("total", len(manifest))


if __name__ == "__main__":
    main()
