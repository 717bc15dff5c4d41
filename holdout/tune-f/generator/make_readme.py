#!/usr/bin/env python3
"""Write README.md for tune-f from manifest.tsv and verification.tsv."""
import csv, os, re, sys
from collections import defaultdict, OrderedDict

ROOT = sys.argv[1] if len(sys.argv) > 1 else "/work/main/holdout/tune-f"
VERSIONS = sys.argv[2] if len(sys.argv) > 2 else ""
man = list(csv.DictReader(open(os.path.join(ROOT, "manifest.tsv")), delimiter="\t"))
ver = defaultdict(list)
for r in csv.DictReader(open(os.path.join(ROOT, "verification.tsv")), delimiter="\t"):
    ver[r["path"]].append(r)

LANGS = ["javascript", "typescript", "shell", "yaml", "json", "toml"]
LABELS = ["placeholder", "llm-chatter", "language-mismatch", "truncated", "clean"]
counts = defaultdict(int)
for m in man:
    counts[(m["folder"], m["language"].split(" ")[0])] += 1


def accepted_by(p):
    return [r["checker"] for r in ver[p] if r["result"] == "accepted"]


def all_acc(p):
    return all(r["result"] == "accepted" for r in ver[p])


def intended_valid(m):
    n = m["note"]
    return (m["folder"] == "clean"
            or (m["folder"] == "placeholder" and (n.startswith("comment-only") or n.startswith("string-marker")))
            or (m["folder"] == "llm-chatter" and n.startswith("prose as a")))


out = []
w = out.append
w("# tune-f: labelled corpus of LLM-output failures in config, shell, JS and TS (TUNING set)")
w("")
w("This is a **TUNING** set: it may be used to tune and debug gencheck's rules. It is not a")
w("held-out evaluation set, so numbers measured on it are not an unbiased estimate of accuracy.")
w("")
w("Date: 2026-12-03")
w("")
w("## Counts per cell")
w("")
w("| label | " + " | ".join(LANGS) + " | total |")
w("|---|" + "---|" * (len(LANGS) + 1))
for lab in LABELS:
    row = [counts.get((lab, l), 0) for l in LANGS]
    w(f"| {lab} | " + " | ".join(str(c) if c else "-" for c in row) + f" | {sum(row)} |")
w(f"| **total** | " + " | ".join(str(sum(counts.get((lab, l), 0) for lab in LABELS)) for l in LANGS)
  + f" | {len(man)} |")
w("")
w("Layout: `<label>/<path>`; paths are ordinary project file names (subfolders only to avoid")
w("clashes or for dotted paths such as `.github/workflows/ci.yml`). `manifest.tsv` gives, for every")
w("file, the folder, the path under it, the language (for mismatch files: `<extension language>")
w("(contains <other language>)`), and a note naming the defect and its line, the line count and")
w("whether the file has a final newline. `verification.tsv` holds the parser results.")
w("")
w("## What each cell contains")
w("")
w("- **placeholder** (JS, TS, shell, YAML, JSON, TOML; 16 each): a piece of real code replaced by an")
w("  elision. About two thirds are comment-only elisions that keep the syntax valid (`// ... rest of the")
w("  handlers unchanged`, `/* existing validation */`, `# (same script as the build job)`,")
w("  `{/* rest of the form fields */}` in JSX, an emptied function body, a list cut short, a missing job;")
w("  in the middle and at the end of files), one third are markers that break or at least are not")
w("  comments (bare `...`/`…` lines, `<existing code>`, `[previous code]`, `{...}` in JSX, `// ...` or")
w("  `/* ... */` in JSON, a shell function or `then`/`do` body holding only a comment). JSON has no")
w("  comments, so its 'valid' half uses string markers (`\"...\": \"...\"`, `\"<existing config>\"`,")
w("  `\"_comment\": \"rest of the translations as before\"`). Wording is not repeated within a cell.")
w("- **llm-chatter** (YAML, shell, TS, TOML; 16 each): the model's conversational prose left in the")
w("  file: before the code, between parts, after it, as plain lines, `**Note:**` markdown, bullet and")
w("  numbered lists, `### Explanation` headings, and (5 per cell for YAML/TS/TOML, 5 for shell) prose")
w("  written as comments addressing the user (`# I've updated the matrix as you asked`,")
w("  `// Let me know if you want me to add tests for these guards.`).")
w("- **language-mismatch** (JSON, YAML, TOML, shell; 16 each): the file's extension says one language,")
w("  the content is clearly another (YAML, TOML, INI/setup.cfg, .env, Java properties, XML, Markdown,")
w("  CSV, HCL, Dockerfile, Makefile, nginx conf, SQL, Python, JS/TS modules, Ruby, Go, Perl,")
w("  PowerShell, Windows batch, Groovy, requirements.txt ...). Plain JSON is never used as the")
w("  'wrong' content of a YAML file (it is valid YAML). 4 files per extension are additionally cut off")
w("  mid-line; their note says `also cut off`.")
w("- **truncated** (YAML, TOML, JSON, shell, TS; 16 each): output that stops early: mid-word, mid-string,")
w("  mid-key, inside an open bracket/array/inline table/command substitution, `key:` / `key =` with no")
w("  value, `run: |` with no body, `if` without `fi`, `do` without `done`, `case` without `esac`, an")
w("  unclosed here-document, a function or JSX tree never closed. Most have no final newline; the ones")
w("  cut at a line end keep it. Hard cases whose prefix is still syntactically valid are included")
w("  (a workflow whose last step is `- name: Deploy`, a list whose last item is `- name:`, a bare")
w("  `[[bin]]` table, `jobs:` with no entries, a shell command cut mid-flag).")
w("- **clean** (48: YAML 10, TOML 8, JSON 8, shell 8, JS 7, TS 7): valid files built to look suspicious:")
w("  comments containing `rest of`, `unchanged`, `TODO`, `Note:`, `Here is`, `...`, `etc.`, `as before`,")
w("  `Let me know`; strings and fixtures full of assistant chatter; `...` spread/rest syntax and")
w("  variadic tuple types; YAML block scalars with prose and `...` document-end markers; shell")
w("  here-documents with prose and Markdown; JSON with `\"...\"` values; a GitHub Actions workflow whose")
w("  `run:` lines end in complete `&&`/`\\` continuations; TOML multi-line strings with prose; 5 files")
w("  without a final newline. No Helm templates (they are not valid YAML).")
w("")
w("Every broken file has exactly one intended defect (mismatch files marked `also cut off` have two).")
w("Files are 10-70 lines. No CR characters; final newlines are exactly as written in the generator.")
w("")
w("## How it was written")
w("")
w("Written from general knowledge of these file formats and of typical LLM failure modes. Nothing in")
w("the repository outside `holdout/tune-f/` was read (no sources, tests, fixtures, scripts, READMEs or")
w("other holdout sets), and gencheck was never built or run on these files. The generator scripts are in")
w("`generator/` (`python3 generator/build.py` rewrites the corpus and `manifest.tsv`; every file is a")
w("Python string literal, so endings are deliberate; `verify.py` + `tscheck.js` redo the parser checks;")
w("`make_readme.py` writes this file; the checks need ruamel.yaml, PyYAML, node and typescript@5 resolvable from `tscheck.js`). Line numbers in the notes are computed from the quoted snippet.")
w("")
w("## How it was verified")
w("")
w("Every file was run through the independent parsers that apply to its extension:")
w("")
w("- JSON: Python `json.loads`")
w("- TOML: Python `tomllib` (TOML 1.0)")
w("- YAML: `ruamel.yaml` (YAML 1.2, round-trip loader, all documents) and PyYAML `safe_load_all` (YAML 1.1)")
w("- shell: `bash -n`, plus `dash -n` for files whose shebang is `#!/bin/sh`")
w("- .js/.mjs/.cjs: `node --check` on a temporary copy (a `.js` file is tried as CommonJS, then as an")
w("  ES module, so no `package.json` in the corpus influences the result)")
w("- .ts/.tsx/.js/.jsx/.mjs/.cjs: TypeScript `transpileModule` syntactic diagnostics (JSX enabled)")
w("")
w(f"Tool versions: {VERSIONS}. (`npm install typescript` currently brings TypeScript 7, which")
w("has no JavaScript API; TypeScript 5.9.3 was installed instead for the parser check.)")
w("")
clean_bad = [m for m in man if m["folder"] == "clean" and not all_acc(f'{m["folder"]}/{m["file"]}')]
iv_bad = [m for m in man if intended_valid(m) and not all_acc(f'{m["folder"]}/{m["file"]}')]
n_iv = sum(1 for m in man if intended_valid(m) and m["folder"] != "clean")
w("Results:")
w("")
w(f"- clean: {48 - len(clean_bad)}/48 files accepted by every applicable checker.")
w(f"- comment-only placeholders, JSON string-marker placeholders and prose-as-comment chatter"
  f" ({n_iv} files): {n_iv - len([m for m in iv_bad if m['folder'] != 'clean'])}/{n_iv} accepted by every"
  " applicable checker, as intended (only a content rule can catch them).")
w("")
w("Broken files accepted by every applicable parser, per cell (the rest are rejected by at least one):")
w("")
w("| label | language | files | accepted by all parsers |")
w("|---|---|---|---|")
cells = OrderedDict()
for m in man:
    if m["folder"] == "clean":
        continue
    k = (m["folder"], m["language"].split(" ")[0])
    cells.setdefault(k, [0, 0])
    cells[k][0] += 1
    cells[k][1] += all_acc(f'{m["folder"]}/{m["file"]}')
for (lab, lang), (n, a) in cells.items():
    w(f"| {lab} | {lang} | {n} | {a} |")
w("")
w("## Disagreements between labels and checkers")
w("")
w("A parser accepting a broken file is not a label error: the labels describe the defect a reviewer")
w("sees, the parsers only judge syntax. The cases worth knowing:")
w("")


def listing(title, rows):
    w(f"**{title}**")
    w("")
    if not rows:
        w("- none")
    for m in rows:
        p = f'{m["folder"]}/{m["file"]}'
        acc = accepted_by(p)
        rej = [r["checker"] for r in ver[p] if r["result"] != "accepted"]
        extra = f" (rejected by {', '.join(rej)})" if rej else ""
        w(f"- `{p}`: accepted by {', '.join(acc)}{extra}. {re.sub(r'; [0-9]+ lines; final newline: (yes|no)$', '', m['note'])}.")
    w("")


listing("Placeholder markers meant as syntax-breaking that a parser accepts",
        [m for m in man if m["folder"] == "placeholder" and not intended_valid(m)
         and accepted_by(f'{m["folder"]}/{m["file"]}')])
listing("Chatter written as plain prose (not comments) that a parser accepts",
        [m for m in man if m["folder"] == "llm-chatter" and not intended_valid(m)
         and accepted_by(f'{m["folder"]}/{m["file"]}')])
listing("Truncated files that a parser accepts",
        [m for m in man if m["folder"] == "truncated" and accepted_by(f'{m["folder"]}/{m["file"]}')])
listing("Language-mismatch files that a parser accepts",
        [m for m in man if m["folder"] == "language-mismatch" and accepted_by(f'{m["folder"]}/{m["file"]}')])
listing("Clean or intended-valid files rejected by a parser", iv_bad)
w("Parsers that disagree with each other: see rows above where one YAML loader accepts and the other")
w("rejects (ruamel.yaml is YAML 1.2, PyYAML is YAML 1.1 and stricter about content after a `...`")
w("document-end marker).")
w("")
with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8", newline="") as fh:
    fh.write("\n".join(out) + "\n")
print("README written")
