#!/usr/bin/env python3
"""Write tune-i/README.md from generator/results.json (produced by build.py).

Run with the same Python as build.py, e.g. /tmp/tunei-venv/bin/python readme.py
"""
import json
import os
import platform
import subprocess
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
NODE_MODULES = os.environ.get("TUNEI_NODE_MODULES", "/tmp/tunei-tools/node_modules")

LABEL_ORDER = ["placeholder", "llm-chatter", "language-mismatch", "truncated", "clean"]
LANG_ORDER = ["JavaScript", "TypeScript", "shell", "YAML", "TOML", "JSON"]


def cmd(args):
    try:
        return subprocess.run(args, capture_output=True, text=True).stdout.strip()
    except OSError:
        return "n/a"


def versions():
    import ruamel.yaml
    import yaml
    ts = json.loads(Path(NODE_MODULES, "typescript/package.json").read_text())["version"]
    babel = json.loads(Path(NODE_MODULES, "@babel/parser/package.json").read_text())["version"]
    return [
        ("Python (tomllib, json)", platform.python_version()),
        ("ruamel.yaml", ruamel.yaml.__version__),
        ("PyYAML", yaml.__version__),
        ("node", cmd(["node", "--version"])),
        ("typescript", ts),
        ("@babel/parser", babel),
        ("bash", cmd(["bash", "-c", "echo $BASH_VERSION"])),
        ("dash (Debian package)", cmd(["dpkg-query", "-W", "-f=${Version}", "dash"])),
    ]


def short(checker):
    for key, s in (("ruamel", "ruamel.yaml"), ("PyYAML", "PyYAML"), ("tomllib", "tomllib"),
                   ("python json", "json"), ("bash -n", "bash -n"), ("dash -n", "dash -n"),
                   ("node --check", "node --check"), ("@babel/parser", "@babel/parser"),
                   ("typescript", "typescript")):
        if key in checker:
            return s
    return checker


def outcome(res):
    rs = [r for _, r, _ in res]
    if all(r == "ok" for r in rs):
        return "accepted by all"
    if all(r == "rejected" for r in rs):
        return "rejected by all"
    ok = [short(c) for c, r, _ in res if r == "ok"]
    return "mixed (accepted by " + ", ".join(ok) + ")"


def main():
    data = json.loads((HERE / "results.json").read_text())
    counts = Counter((d["label"], d["language"]) for d in data)
    total = len(data)
    out = []
    w = out.append
    w("TUNING set dated 2026-12-03")
    w("")
    w("# tune-i: labelled tuning corpus of saved model answers")
    w("")
    w("Each file imitates a language model's answer saved verbatim to disk after a developer asked it to")
    w("write, update, fix or convert a file. Files live under `<label>/<realistic relative path>`; the")
    w("path describes the subject of the file, never the verdict. `manifest.tsv` (columns `folder`, `file`,")
    w("`language`, `note`) labels every file; `verification.tsv` (columns `path`, `checker`, `result`,")
    w("`detail`) records every parser run. This is a tuning set: use it to calibrate, not to report scores.")
    w("")
    w(f"## Counts ({total} files)")
    w("")
    w("| cell | " + " | ".join(LANG_ORDER) + " | total |")
    w("| --- | " + " | ".join("---:" for _ in LANG_ORDER) + " | ---: |")
    for label in LABEL_ORDER:
        row = [str(counts.get((label, l), 0) or "") for l in LANG_ORDER]
        w(f"| {label} | " + " | ".join(row) + f" | {sum(counts.get((label, l), 0) for l in LANG_ORDER)} |")
    w("")
    nl = Counter((d["label"], d["final_newline"]) for d in data)
    w("Files without a final newline: " + ", ".join(
        f"{label} {nl.get((label, False), 0)}" for label in LABEL_ORDER) +
      f" (total {sum(v for (l, f), v in nl.items() if not f)}).")
    w("")
    kinds = Counter((d["label"], d["language"], d["kind"]) for d in data)
    w("## Cells")
    w("")
    w("### placeholder")
    w("A piece of real code replaced by an elision, the way assistants abbreviate answers (ChatGPT-style")
    w("`// ... existing code`-like comments, Claude-style explanatory sentences, Gemini `/* ... */`,")
    w("Cursor/Copilot-style `// ... existing fetch logic ...` markers, `{{ ... }}` and ✂️ variants). Every elision")
    w("phrase is different (build.py asserts that no marker line repeats). In every file the elided code")
    w("is really missing: the rest of the file still calls, imports or uses it, or the structure is")
    w("visibly incomplete; the note says what is missing. Elisions sit in the middle of files as well as")
    w("at the end of blocks; files are 15-60 lines. About a third of the elisions are longer,")
    w("documentation-like sentences.")
    w("")
    for lang in ("JavaScript", "TypeScript", "shell"):
        w(f"- {lang}: {kinds[('placeholder', lang, 'ph-comment')]} comment-only (file still parses), "
          f"{kinds[('placeholder', lang, 'ph-break')]} syntax-breaking markers.")
    w("")
    w("Comment-only kinds: emptied function/method bodies, removed switch/case arms, object literal")
    w("members, array entries, class methods, import lines, route/socket handlers, reducer cases, test")
    w("cases in a describe block, JSX children, interface members, shell functions, case arms, getopts")
    w("branches, bash (associative) array items and deploy steps. Syntax-breaking kinds: bare `...` /")
    w("`…` lines, `...` as an argument or class member, `[...]`, `{ ... }`, `<rest of component>`,")
    w("an HTML `<!-- -->` comment in TSX, `/* ... */` standing for leading parameters or middleware")
    w("arguments, a `// ...` comment that swallows the closing `})`, and in shell a `#` comment as the")
    w("only content of a then/else/elif/do/function body, a `...` line among case arms and a")
    w("`<existing ...>` line.")
    w("")
    w("### llm-chatter")
    w("The model's conversational prose left inside the file: intro sentences, closing remarks and")
    w("offers, `Changes:` / `What I changed:` lists, `Note:` / `Explanation:` paragraphs, walkthrough")
    w("sentences between sections, markdown headings, bold text, and comments that speak to the user")
    w("about the conversation. Positions vary (start, middle, end, several).")
    w("")
    for lang in ("YAML", "shell"):
        w(f"- {lang}: {kinds[('llm-chatter', lang, 'chat-comment')]} comment-only (still parse), "
          f"{kinds[('llm-chatter', lang, 'chat-prose')]} with prose outside comments.")
    w("")
    w("YAML subjects: GitHub Actions, GitLab CI, CircleCI, Kubernetes, docker-compose, Helm values,")
    w("Ansible, OpenAPI, mkdocs, dependabot, pre-commit, Prometheus. Shell subjects: install scripts,")
    w("entrypoints, backup/restore, CI helpers, git hooks; `#!/usr/bin/env bash`, `#!/bin/bash` and")
    w("`#!/bin/sh` shebangs.")
    w("")
    w("### language-mismatch")
    w("The extension says YAML/TOML/JSON but the content is clearly another language. Each foreign")
    w("language is used at most twice per extension; 4 files per extension are cut off mid-line with no")
    w("final newline. The foreign language of each file is named in its note.")
    w("")
    by_ext = defaultdict(Counter)
    for d in data:
        if d["label"] == "language-mismatch":
            by_ext[d["language"]][d["meta"].get("content", "?")] += 1
    for lang in ("YAML", "TOML", "JSON"):
        items = ", ".join(f"{k}{' x2' if v == 2 else ''}" for k, v in sorted(by_ext[lang].items()))
        w(f"- {lang} ({counts[('language-mismatch', lang)]}): {items}.")
    w("")
    w("### truncated")
    w("Output cut off: mid-line with no final newline (mid-word, mid-number, mid-URL, inside a quoted")
    w("string, right after `key:` / `key =`), or at a line end with an open construct (JSON object or")
    w("array never closed, `steps:` / `containers:` / `schedule:` with nothing under it, a last step")
    w("with only `- name: build`, a nav section with no children, a TOML `[table]` or `[[array]]`")
    w("header with nothing in it, a TOML array never closed).")
    w("")
    w("### clean")
    w("Valid files that look suspicious to a naive checker: rest/spread `...args`, comments such as")
    w("\"rest of the args are forwarded\", \"same as above but for arrays\", TODO, \"(unchanged)\",")
    w("\"Note:\"; shell echo/printf/heredoc text that reads like chatter, `*) ;;`, `: # no-op`,")
    w("functions whose body is only `:` or `true`; YAML with prose in descriptions and block scalars,")
    w("first-person sentences as values, `...` document end markers, `note:` keys; TOML prose in")
    w("multi-line strings; JSON prose in string values. Several end without a final newline.")
    w("")
    w("## How it was written")
    w("")
    w("`generator/` holds the scripts. Every file body is a Python string literal (raw triple-quoted) in")
    w("one of `ph_js.py`, `ph_ts.py`, `ph_sh.py`, `chatter_yaml.py`, `chatter_sh.py`, `mm_yaml.py`,")
    w("`mm_toml.py`, `mm_json.py`, `trunc.py`, `clean.py`. Convention (see `common.py`): a literal may")
    w("start with one newline right after the opening quotes for readability, and exactly that one")
    w("newline is stripped; whether a file ends with a newline is decided by where the closing quotes")
    w("sit, so final newlines and their absence are exact. Files are written as UTF-8 with")
    w("`newline=''` (no translation). The defect line in each note is located from a marker substring")
    w("(or is the last line for cut-off files), and line counts and final-newline status are computed")
    w("from the body.")
    w("")
    w("    /tmp/tunei-venv/bin/python generator/build.py    # files, manifest.tsv, verification.tsv, generator/results.json")
    w("    /tmp/tunei-venv/bin/python generator/readme.py   # this README")
    w("")
    w("`build.py` also checks the cell counts, that no placeholder marker line repeats, that placeholder")
    w("files are 15-60 lines, and the parser requirements below; it exits non-zero on any failure.")
    w("")
    w("## How it was verified")
    w("")
    w("Every file was run through real parsers chosen by its `language` column (for mismatches that is")
    w("the language the extension claims):")
    w("")
    w("- YAML: ruamel.yaml round-trip loader (`YAML(typ='rt').load_all`) and PyYAML")
    w("  `compose_all(..., Loader=SafeLoader)`.")
    w("- TOML: Python `tomllib.loads`. JSON: Python `json.loads`.")
    w("- shell: `bash -n`; additionally `dash -n` when the shebang is `#!/bin/sh`.")
    w("- JavaScript: `node --check` on a copy in a fresh temp dir (so no package.json above it changes")
    w("  the module type), with `--experimental-default-type=module` for ESM `.js` (files with top-level")
    w("  import/export; `.mjs` by extension); plus `@babel/parser` (`sourceType` module or script, `jsx`")
    w("  plugin for `.jsx`). `node --check` cannot parse JSX, so it is not run on `.jsx` files.")
    w("- TypeScript: TypeScript compiler API, `program.getSyntacticDiagnostics()` on a single source file")
    w("  (`ScriptKind.TSX` for `.tsx`, `noResolve`, `noLib`).")
    w("")
    w("typescript@5 and @babel/parser were installed with npm in a temp dir outside the repo; ruamel.yaml")
    w("and PyYAML with pip in a venv under /tmp.")
    w("")
    w("| tool | version |")
    w("| --- | --- |")
    for name, v in versions():
        w(f"| {name} | {v} |")
    w("")
    w("Requirements: clean files, comment-only placeholders and comment-only chatter are accepted by")
    w("every parser; syntax-breaking placeholders and all `.toml` / `.json` mismatches are rejected by")
    w("every parser. Everything else is recorded, not required.")
    w("")
    w("## Results")
    w("")
    req = Counter()
    met = Counter()
    for d in data:
        if d["requirement"]:
            key = (d["label"], d["kind"], d["requirement"])
            req[key] += 1
            met[key] += 1 if d["met"] else 0
    w("| cell | files | requirement | met |")
    w("| --- | ---: | --- | ---: |")
    names = {"ph-comment": "comment-only", "ph-break": "syntax-breaking", "chat-comment": "comment-only",
             "mm": ".toml/.json", "clean": "all"}
    for (label, kind, r), n in sorted(req.items()):
        w(f"| {label} ({names.get(kind, kind)}) | {n} | {'accepted by every parser' if r == 'all-ok' else 'rejected by every parser'} | {met[(label, kind, r)]}/{n} |")
    w("")
    failed = [d for d in data if d["met"] is False]
    if failed:
        w("Files that do NOT meet their requirement:")
        for d in failed:
            w(f"- {d['label']}/{d['path']}")
    else:
        w("Every file meets its requirement.")
    w("")
    w("Recorded outcomes where nothing is required:")
    w("")
    for label, kind, title in (("llm-chatter", "chat-prose", "llm-chatter with prose outside comments"),
                               ("language-mismatch", "mm", "language-mismatch"),
                               ("truncated", "trunc", "truncated")):
        groups = defaultdict(list)
        for d in data:
            if d["label"] == label and d["kind"] == kind:
                groups[(d["language"], outcome(d["results"]))].append(d["path"])
        w(f"**{title}**")
        w("")
        for (lang, oc), paths in sorted(groups.items()):
            w(f"- {lang}, {oc} ({len(paths)}): " + ", ".join(f"`{p}`" for p in paths))
        w("")
    w("YAML is permissive: prose lines often become plain scalars or mapping keys, and several foreign")
    w("languages (Dockerfile, HCL, nginx, .env, properties, SQL, XML, a shell script) read as one")
    w("multi-line plain scalar, so a YAML parser alone cannot detect those files. Likewise `bash -n`")
    w("accepts most prose lines as commands unless they contain an unbalanced quote.")
    w("")
    (ROOT / "README.md").write_text("\n".join(out), encoding="utf-8")
    print("README.md written")


if __name__ == "__main__":
    main()
