#!/usr/bin/env python3
"""Write README.md from manifest.tsv, verification.tsv and versions.json."""
import collections
import csv
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def read(name):
    with open(os.path.join(ROOT, name), encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))


man = read("manifest.tsv")
ver = {(r["folder"], r["file"]): r for r in read("verification.tsv")}
V = json.load(open(os.path.join(HERE, "versions.json")))

LABELS = ["placeholder", "llm-chatter", "language-mismatch", "truncated", "clean"]
LANGS = ["JavaScript", "TypeScript", "shell", "YAML", "TOML", "JSON"]

count = collections.Counter()
nofinal = collections.Counter()
for r in man:
    lang = r["language"].split(" (")[0]
    count[(r["folder"], lang)] += 1
    if "final newline: no" in r["note"]:
        nofinal[r["folder"]] += 1

checks = collections.Counter()
for (folder, _), r in ver.items():
    checks[(folder, r["check"].split(":")[0])] += 1


def n(label, lang):
    return count[(label, lang)] or ""


lines = []
lines.append("This is a TUNING set (tune-g), dated 2026-12-03: use it to tune the checker, not as a held-out score.")
lines.append("")
lines.append("# tune-g: labelled corpus of LLM-produced project files")
lines.append("")
lines.append("Every file is a realistic project file (CI workflows, Kubernetes manifests, docker-compose, Ansible,")
lines.append("pyproject, Cargo, install scripts, React, Express, Node libraries, TypeScript services) that a language")
lines.append("model could have produced. Some are broken in typical LLM ways, the `clean/` ones are valid but built to")
lines.append("look suspicious. The corpus was written without looking at the checker's source or tests.")
lines.append("")
lines.append("Layout: `<label>/<path>`. The label is the folder; the extension decides the language")
lines.append("(`.js/.jsx/.mjs` JavaScript, `.ts/.tsx` TypeScript, `.sh` shell, `.yml/.yaml` YAML, `.toml` TOML, `.json` JSON).")
lines.append("")
lines.append("## Counts")
lines.append("")
lines.append("| label | " + " | ".join(LANGS) + " | total | without final newline |")
lines.append("| --- | " + " | ".join("---:" for _ in LANGS) + " | ---: | ---: |")
for label in LABELS:
    tot = sum(count[(label, lg)] for lg in LANGS)
    lines.append(f"| {label} | " + " | ".join(str(n(label, lg)) for lg in LANGS) + f" | {tot} | {nofinal[label]} |")
lines.append(f"| **total** | " + " | ".join(str(sum(count[(lb, lg)] for lb in LABELS)) for lg in LANGS)
             + f" | {len(man)} | {sum(nofinal.values())} |")
lines.append("")
lines.append("## Cells")
lines.append("")
lines.append("### placeholder (JavaScript 20, TypeScript 20, shell 20, TOML 20)")
lines.append("Real code was replaced by an elision. In each language 15 files use a comment-only elision that keeps")
lines.append("the syntax valid (the parser cannot see it), with a different wording in every file of the cell:")
lines.append("`// ... existing handlers`, `/* same as in the previous version */`, `// TODO: rest of implementation`,")
lines.append("`# keep the other exports from the old file`, `# (copy the block above for staging and prod)`,")
lines.append("`# remaining dependencies as before`, `# etc.`, emptied function bodies holding only such a comment, and so on;")
lines.append("some sit in the middle of the file, some at the end. The other 5 per language use a syntax-breaking marker:")
lines.append("a bare `...`, a bare `…`, `<existing code>` (TOML: `<existing dependencies>`), `[rest of file]` and `{...}`")
lines.append("(shell: `{...}` / `{…}` as a function body, `...` and `[rest of file]` as case arms). Each marker is rejected by every parser.")
lines.append("Bash rejects a function or `then` block holding only a comment, so shell comment elisions always sit next to real commands.")
lines.append("")
lines.append("### llm-chatter (YAML 20, shell 20)")
lines.append("The model's prose was left in the file. In each language 10 files have plain prose lines that the format may")
lines.append("even accept (YAML: `Here is the updated workflow with caching enabled:` is read as a key,")
lines.append("`Sure! Below is the manifest.` followed by `---` is a scalar document; shell: `This version adds retry logic.`")
lines.append("is read as a command). 6 files have markdown chatter (`**Note:**`, bullet lists, `### Explanation` headings,")
lines.append("numbered steps after the code, code fences) and 4 have comments addressing the user")
lines.append("(`# I've added the retry loop you asked for`). Whether each file still parses is recorded in verification.tsv.")
lines.append("")
lines.append("### language-mismatch (YAML 20, TOML 20, JSON 20)")
lines.append("The extension says one language, the content is clearly another. `.yml/.yaml` files hold TOML, INI, .env,")
lines.append("Java properties, Markdown, shell, Python, Dockerfile, Makefile, nginx conf, SQL, HCL/Terraform, XML or CSV")
lines.append("(never plain JSON, which is valid YAML). `.toml` files hold YAML, INI with non-TOML syntax, JSON5, shell, Python,")
lines.append("properties, Markdown, .env with `export`, SQL. `.json` files hold YAML, TOML, a JS module (`module.exports = {...}`),")
lines.append("INI, Markdown, a Python dict, XML, .env or CSV (never JSON with comments). The language column reads")
lines.append("`<extension language> (contains <other language>)`. 5 files per extension are also cut off mid-line (the note says so).")
yml_acc = sum(1 for r in ver.values() if r["check"].startswith("PASS-HUMAN"))
lines.append(f"Every TOML and JSON file is rejected by its parser. {20 - yml_acc} YAML files are rejected by both YAML parsers;")
lines.append(f"the other {yml_acc} (INI inventory, .env, properties, Dockerfile, nginx, SQL, HCL, XML, CSV) fold into one plain")
lines.append("scalar, so YAML accepts them, but they are clearly another language to a human (`PASS-HUMAN` in verification.tsv).")
lines.append("")
lines.append("### truncated (YAML 25)")
lines.append("Output that stops early. 12 files are cut exactly at a line end and keep their final newline; they may still be")
lines.append("valid YAML: a workflow whose last step is `- name: Deploy`, `steps:` with no entries, an empty `jobs:`, an empty `env:`,")
lines.append("a container list ending in `- name: app`, `run: |` with no body, `script:` with no value at the very end, a compose")
lines.append("service whose `image:` is empty, and so on. 13 files are cut inside a line and have no final newline: mid-word,")
lines.append("mid-number, mid-URL, mid-flow-sequence `[a, b`, mid-flow-mapping `{x: 1,`, inside single- and double-quoted scalars,")
lines.append("inside a block scalar.")
lines.append("")
lines.append("### clean (YAML 8, TOML 6, JSON 6, shell 8, JavaScript 6, TypeScript 6)")
lines.append("Valid files built to look suspicious: comments containing `rest of`, `unchanged`, `same as above`, `as before`,")
lines.append("`etc.`, `TODO`, `Note:`, `Here is`, `...`; prose in YAML block scalars and descriptions; shell here-documents and")
lines.append("echo strings with chatter (`echo \"Here is the summary:\"`); JS/TS spread and rest syntax and variadic tuple types;")
lines.append("`// other options use defaults` style comments only after a complete object; YAML `---` and `...` document markers;")
lines.append("TOML multi-line strings with prose; UI strings such as `Loading...`; a GitHub workflow whose last step is")
lines.append("`- name: Done` followed by `run: echo done`. 6 of them have no final newline. Every clean file is accepted by all its parsers.")
lines.append("")
lines.append("## Files")
lines.append("")
lines.append("- `manifest.tsv`: `folder  file  language  note`; the note names the defect and its line number, the line count and")
lines.append("  whether the file has a final newline. Line numbers are computed by the generator from the text.")
lines.append("- `verification.tsv`: per file, the parsers run, accept/reject for each, the first error, the expected outcome and")
lines.append("  a check: `PASS`, `PASS-HUMAN` (YAML mismatch accepted by YAML but clearly another language),")
nfail = sum(1 for r in ver.values() if r["check"] == "FAIL")
lines.append("  `RECORDED: parses|rejected` (chatter and truncated files, where either outcome is realistic), `FAIL` (a rule"
             f" broken). FAIL rows: {nfail}.")
lines.append("- `generator/`: the scripts that wrote everything (`build.py` writes the files and manifest.tsv, `verify.py` writes")
lines.append("  verification.tsv, `jscheck.js` parses JS/TS, `readme.py` writes this README; the content is in the cell modules).")
lines.append("")
lines.append("## Verification")
lines.append("")
lines.append("| label | " + " | ".join(["PASS", "PASS-HUMAN", "RECORDED"]) + " |")
lines.append("| --- | ---: | ---: | ---: |")
for label in LABELS:
    lines.append(f"| {label} | {checks[(label, 'PASS')]} | {checks[(label, 'PASS-HUMAN')]} | {checks[(label, 'RECORDED')]} |")
lines.append("")
rec = collections.Counter((r["folder"], r["check"]) for r in ver.values() if r["check"].startswith("RECORDED"))
for label in ("llm-chatter", "truncated"):
    lines.append(f"- {label}: " + ", ".join(f"{c.split(': ')[1]} {k}" for (lb, c), k in sorted(rec.items()) if lb == label))
lines.append("")
lines.append("Parsers: YAML with " + V["ruamel"] + " (round-trip loader, all documents) and " + V["pyyaml"]
             + " (`safe_load_all`); TOML with " + V["toml"] + "; JSON with " + V["json"] + "; shell with `"
             + V["bash"].split(" ")[0] + " -n` (" + V["bash"] + ") and `dash -n` (" + V["dash"]
             + ") for `#!/bin/sh` scripts; `.js`/`.mjs` with `node --check` (" + V["node"]
             + "; ESM-looking `.js` files with `--experimental-default-type=module`, because node 20 exits 0 without checking"
             " a `.js` file whose CommonJS parse fails on `import`) and " + V["babel"] + "; `.jsx` with " + V["babel"]
             + " (jsx plugin) and " + V["typescript"] + "; `.ts`/`.tsx` with " + V["typescript"]
             + " (`transpileModule`, syntactic diagnostics only) and " + V["babel"] + " (typescript plugin).")
lines.append("")
lines.append("Regenerate (the parsers live outside the repository):")
lines.append("")
lines.append("```sh")
lines.append("python3 -m venv /tmp/tuneg-venv && /tmp/tuneg-venv/bin/pip install ruamel.yaml pyyaml")
lines.append("mkdir -p /tmp/tuneg-npm && (cd /tmp/tuneg-npm && npm init -y && npm install typescript@5 @babel/parser)")
lines.append("python3 holdout/tune-g/generator/build.py")
lines.append("/tmp/tuneg-venv/bin/python holdout/tune-g/generator/verify.py")
lines.append("python3 holdout/tune-g/generator/readme.py")
lines.append("```")

with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8") as fh:
    fh.write("\n".join(lines) + "\n")
print("README.md written")
