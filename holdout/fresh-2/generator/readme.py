"""Write ../README.md from the registry and ../verification.tsv (counts only)."""
import collections
import csv
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import build  # noqa: E402

files = build.load()
by_rel = {os.path.join(f["label"], f["path"]): f for f in files}
rows = list(csv.DictReader(open(os.path.join(ROOT, "verification.tsv"), encoding="utf-8"), delimiter="\t"))

cell = collections.Counter((f["label"], f["language"]) for f in files)
nofinal = collections.Counter(f["label"] for f in files if not f["body"].endswith("\n"))
req = collections.Counter((f["label"], f["expect"]) for f in files if f["expect"])

res = collections.defaultdict(list)
for r in rows:
    res[r["path"]].append(r["result"])
met = failed = 0
for rel, f in by_rel.items():
    if not f["expect"]:
        continue
    applied = [x for x in res[rel] if x != "skipped"]
    want = "accept" if f["expect"] == "accept" else "reject"
    if applied and all(x == want for x in applied):
        met += 1
    else:
        failed += 1
per_checker = collections.Counter((r["checker"].split(" (")[0], r["result"]) for r in rows)

def n(label, lang):
    return cell[(label, lang)]

lines = []
lines.append("HELD-OUT set dated 2026-12-03 — do not tune on it")
lines.append("")
lines.append("# fresh-2 held-out evaluation corpus")
lines.append("")
lines.append("Use this folder only to measure a checker, never to tune one. Per-file labels and notes live")
lines.append("in `manifest.tsv`; per-file parser results in `verification.tsv`. People building the checker")
lines.append("should not open those two files, the label folders, or `generator/` (it holds every file body).")
lines.append("")
lines.append("## Counts")
lines.append("")
lines.append(f"Total files: {len(files)}.")
lines.append("")
lines.append("| folder | language | files |")
lines.append("| --- | --- | --- |")
for (label, lang), k in sorted(cell.items()):
    lines.append(f"| {label} | {lang} | {k} |")
lines.append("")
lines.append(f"- placeholder: {req[('placeholder','accept')]} comment-only elisions that keep the file parseable, "
             f"{req[('placeholder','reject')]} syntax-breaking markers (one third per language).")
lines.append(f"- llm-chatter: {req[('llm-chatter','accept')]} comment-only (still parse), "
             f"{cell[('llm-chatter','yaml')] + cell[('llm-chatter','shell')] - req[('llm-chatter','accept')]} with prose outside comments.")
lines.append(f"- language-mismatch: 18 each under YAML, TOML and JSON extensions; no foreign language is used more than twice per extension; "
             f"{nofinal['language-mismatch']} files are cut off mid-line without a final newline.")
lines.append(f"- clean: {sum(v for (l, _), v in cell.items() if l == 'clean')} valid files written to look suspicious to a naive checker; "
             f"{nofinal['clean']} of them have no final newline.")
lines.append("")
lines.append("## Method")
lines.append("")
lines.append("Files were written by hand as Python string literals (so final newlines are exact) in the")
lines.append("generator scripts and written out under `<label>/<realistic relative path>`; file names describe")
lines.append("the subject, never the verdict. Placeholder files imitate the elision habits of several")
lines.append("assistants and editors, with the elided code genuinely missing (later code uses it, or the")
lines.append("structure is visibly incomplete), placed in function/class bodies, switch/case arms, object and")
lines.append("array literals, JSX, import blocks, and shell functions/case/loops/if branches. Chatter files")
lines.append("carry intros, closings, change summaries, notes, walkthrough sentences, headings and comments")
lines.append("addressed to the user. Mismatch files carry content of another language under the extension.")
lines.append("Clean files contain rest/spread syntax, words such as unchanged/same as/rest/TODO/note,")
lines.append("reader-addressed documentation, prose values and chatty echo/heredoc text, all valid.")
lines.append("")
lines.append("Regenerate and re-verify: `python generator/build.py`, then `python generator/verify.py`")
lines.append("(a Python 3.11+ venv with ruamel.yaml and PyYAML; a node_modules dir at /tmp/hnode with")
lines.append("typescript@5 and @babel/parser), then `python generator/readme.py`.")
lines.append("")
lines.append("## Verification")
lines.append("")
lines.append("Parsers: ruamel.yaml 0.19.1 round-trip `load_all` and PyYAML 6.0.4 `compose_all` (YAML);")
lines.append("Python 3.11 `tomllib` (TOML); Python `json` (JSON); `bash -n` (GNU bash 5.2) for every shell file")
lines.append("plus `dash -n` (dash 0.5.12) for `#!/bin/sh` scripts; `node --check` (node 20, files copied to a")
lines.append("temp dir, `--experimental-default-type=module` for ESM `.js`) plus @babel/parser 7 for")
lines.append("JavaScript (node cannot parse JSX, so `.jsx` files use @babel/parser with the jsx plugin and the")
lines.append("node check is recorded as skipped); TypeScript 5 compiler API syntactic diagnostics for TS/TSX.")
lines.append("")
lines.append("Requirements: clean files accepted by every parser; comment-only placeholders and comment-only")
lines.append("chatter accepted; syntax-breaking placeholders rejected; TOML and JSON mismatches rejected.")
lines.append("Prose chatter and YAML-extension mismatches carry no requirement; their results are recorded only.")
lines.append("")
lines.append(f"- files with a requirement: {met + failed}; met: {met}; not met: {failed}")
lines.append(f"- parser runs recorded: {len(rows)}")
lines.append("")
lines.append("| checker | accept | reject | skipped |")
lines.append("| --- | --- | --- | --- |")
for chk in sorted({c for c, _ in per_checker}):
    lines.append(f"| {chk} | {per_checker[(chk,'accept')]} | {per_checker[(chk,'reject')]} | {per_checker[(chk,'skipped')]} |")
lines.append("")
with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8") as fh:
    fh.write("\n".join(lines).rstrip("\n") + "\n")
print(f"README: {met} met, {failed} failed")
