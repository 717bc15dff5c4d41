#!/usr/bin/env python3
"""Write every file of the held-out set, the manifest, the verification table
and the README, then assert counts and parser requirements.

Run with the verification venv's interpreter (ruamel.yaml + PyYAML, Python >= 3.11):
    NODE_PATH=/tmp/hnpm/node_modules /tmp/hvenv/bin/python generator/build.py
Exits non-zero when any count or requirement is not met.
"""
import collections
import importlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import tomllib

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

NODE_PATH = os.environ.get("NODE_PATH", "/tmp/hnpm/node_modules")

try:
    import yaml  # PyYAML
    from ruamel.yaml import YAML
except ImportError:  # pragma: no cover
    sys.exit("needs ruamel.yaml and PyYAML: run with /tmp/hvenv/bin/python")

MODULES = [
    "data_placeholder_js",
    "data_placeholder_ts",
    "data_placeholder_sh",
    "data_placeholder_cfg",
    "data_chatter",
    "data_mismatch",
    "data_clean",
]
for m in MODULES:
    importlib.import_module(m)
from registry import ENTRIES  # noqa: E402

LABELS = ["placeholder", "llm-chatter", "language-mismatch", "clean"]
LANGS = ["JavaScript", "TypeScript", "shell", "YAML", "TOML", "JSON"]
EXPECTED = {
    ("placeholder", "JavaScript"): 20, ("placeholder", "TypeScript"): 20,
    ("placeholder", "shell"): 20, ("placeholder", "YAML"): 10, ("placeholder", "TOML"): 10,
    ("llm-chatter", "shell"): 18, ("llm-chatter", "YAML"): 18,
    ("language-mismatch", "YAML"): 12, ("language-mismatch", "TOML"): 12,
    ("language-mismatch", "JSON"): 12,
    ("clean", "JavaScript"): 8, ("clean", "TypeScript"): 8, ("clean", "shell"): 8,
    ("clean", "YAML"): 8, ("clean", "TOML"): 4, ("clean", "JSON"): 4,
}
MISMATCH_LANGS = {"Python", "JS", "TS", "SQL", "shell", "Dockerfile", "Makefile", "HCL",
                  "INI", ".env", "nginx", "XML", "Markdown", "Go", "Rust",
                  "Java properties", "systemd unit", "CSV"}
EXT_OK = {
    "JavaScript": (".js", ".mjs", ".cjs", ".jsx"),
    "TypeScript": (".ts", ".tsx", ".mts", ".cts"),
    "shell": (".sh", ".bash"),
    "YAML": (".yml", ".yaml"),
    "TOML": (".toml",),
    "JSON": (".json",),
}
DEFECT_WORDS = ("placeholder", "chatter", "mismatch", "elid", "ellips", "trunc", "snip",
                "broken", "invalid", "wrong", "omit", "llm", "clean", "defect")

failures = []


def fail(msg):
    failures.append(msg)


def nlines(body):
    return body.count("\n") + (0 if body.endswith("\n") else 1)


# ---------------------------------------------------------------- structure
counts = collections.Counter((e["label"], e["lang"]) for e in ENTRIES)
for key, n in EXPECTED.items():
    if counts.get(key, 0) != n:
        fail(f"count {key}: {counts.get(key, 0)} != {n}")
for key in counts:
    if key not in EXPECTED:
        fail(f"unexpected cell {key}")

seen_paths = set()
for e in ENTRIES:
    key = (e["label"], e["path"])
    if key in seen_paths:
        fail(f"duplicate path {key}")
    seen_paths.add(key)
    if not e["path"].endswith(EXT_OK[e["lang"]]):
        fail(f"extension/language disagree: {key} {e['lang']}")
    low = e["path"].lower()
    for w in DEFECT_WORDS:
        if w in low:
            fail(f"path names a defect word {w!r}: {key}")
    if "\t" in e["note"] or "\n" in e["note"]:
        fail(f"bad note {key}")

# marks: present in body, every line unique across the set
PUNCT_ONLY = {"*/", "/*", "/**", "#", "//", "*", "{/*", "*/}", '"""', "-->", "<!--"}
mark_lines = {}
for e in ENTRIES:
    if e["label"] in ("placeholder", "llm-chatter") and not e["marks"]:
        fail(f"no marks for {e['label']}/{e['path']}")
    for m in e["marks"]:
        if m not in e["body"]:
            fail(f"mark not in body: {e['label']}/{e['path']}: {m[:60]!r}")
        if e["label"] == "llm-chatter":
            units = [s.strip() for line in m.split("\n")
                     for s in re.split(r"(?<=[^\d\s][.!?:])\s+", line.strip().lstrip("#").strip())]
        else:
            units = [line.strip() for line in m.split("\n")]
        for u in units:
            if not u or u in PUNCT_ONLY or re.fullmatch(r"```\w*", u):
                continue
            if not re.search(r"[A-Za-z]", u):
                key = (e["label"], e["lang"], u)
            else:
                key = (e["label"], u)
            if key in mark_lines and mark_lines[key] != (e["label"], e["path"]):
                fail(f"repeated marked line {u[:60]!r} in {e['label']}/{e['path']} and {mark_lines[key][1]}")
            mark_lines.setdefault(key, (e["label"], e["path"]))

# placeholder properties
ph = [e for e in ENTRIES if e["label"] == "placeholder"]
for e in ph:
    n = nlines(e["body"])
    if not 15 <= n <= 70:
        fail(f"placeholder length {n} lines: {e['path']}")
    if e["expect"] not in ("parse", "reject"):
        fail(f"placeholder without parse/reject expectation: {e['path']}")
breaks = collections.Counter(e["lang"] for e in ph if e["expect"] == "reject")
for lang, total in (("JavaScript", 20), ("TypeScript", 20), ("shell", 20), ("YAML", 10), ("TOML", 10)):
    lo, hi = (6, 8) if total == 20 else (3, 4)
    if not lo <= breaks.get(lang, 0) <= hi:
        fail(f"placeholder {lang}: {breaks.get(lang, 0)} syntax-breaking, want {lo}-{hi}")
paras = sum(1 for e in ph if e["para"])
if not 24 <= paras <= 30:
    fail(f"placeholder multi-line paragraphs: {paras}, want about a third (24-30)")

# chatter properties
for lang in ("shell", "YAML"):
    ch = [e for e in ENTRIES if e["label"] == "llm-chatter" and e["lang"] == lang]
    k = sum(1 for e in ch if e["expect"] == "parse")
    if k != 6:
        fail(f"chatter {lang}: {k} comment-only files, want 6")

# mismatch properties
for lang in ("YAML", "TOML", "JSON"):
    mm = [e for e in ENTRIES if e["label"] == "language-mismatch" and e["lang"] == lang]
    per = collections.Counter(e["content_lang"] for e in mm)
    for cl, n in per.items():
        if cl not in MISMATCH_LANGS:
            fail(f"mismatch {lang}: content language {cl!r} not allowed")
        if n > 2:
            fail(f"mismatch {lang}: {cl} used {n} times")
    trunc = [e for e in mm if e["truncated"]]
    if len(trunc) != 4:
        fail(f"mismatch {lang}: {len(trunc)} truncated, want 4")
    for e in mm:
        if e["truncated"] and e["body"].endswith("\n"):
            fail(f"truncated file ends with newline: {e['path']}")
        if not e["truncated"] and not e["body"].endswith("\n"):
            fail(f"untruncated mismatch without final newline: {e['path']}")
        if lang in ("TOML", "JSON") and e["expect"] != "reject":
            fail(f"mismatch {lang} must expect reject: {e['path']}")

# clean properties
cl = [e for e in ENTRIES if e["label"] == "clean"]
for e in cl:
    if e["expect"] != "parse":
        fail(f"clean file must expect parse: {e['path']}")
no_nl = sum(1 for e in cl if not e["body"].endswith("\n"))
if no_nl < 4:
    fail(f"clean: only {no_nl} files without final newline")

# ---------------------------------------------------------------- write
for label in LABELS:
    d = os.path.join(ROOT, label)
    if os.path.isdir(d):
        shutil.rmtree(d)
for e in ENTRIES:
    full = os.path.join(ROOT, e["label"], e["path"])
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8", newline="") as fh:
        fh.write(e["body"])
    e["full"] = full
    e["rel"] = f"{e['label']}/{e['path']}"

with open(os.path.join(ROOT, "manifest.tsv"), "w", encoding="utf-8", newline="") as fh:
    fh.write("folder\tfile\tlanguage\tnote\n")
    for e in ENTRIES:
        fh.write(f"{e['label']}\t{e['path']}\t{e['lang']}\t{e['note']}\n")

# ---------------------------------------------------------------- verify
results = collections.defaultdict(list)  # rel -> [(checker, result, detail)]


def record(e, checker, ok, detail):
    res = "n/a" if ok is None else ("accept" if ok else "reject")
    detail = str(detail).replace(ROOT + os.sep, "")
    detail = re.sub(r"\s+", " ", detail).strip()[:200]
    results[e["rel"]].append((checker, res, detail))


def is_module(e):
    p = e["path"]
    if p.endswith(".mjs"):
        return True
    if p.endswith(".cjs"):
        return False
    return bool(re.search(r"^(import|export)\b", e["body"], re.M))


def run(cmd):
    p = subprocess.run(cmd, capture_output=True, text=True)
    return p.returncode == 0, (p.stderr or p.stdout).strip().splitlines()


js_items = []
for e in ENTRIES:
    lang, path = e["lang"], e["path"]
    if lang == "JavaScript":
        if path.endswith(".jsx"):
            record(e, "node --check", None, "not applicable: node cannot parse JSX; Babel jsx plugin is the JS check")
        else:
            tmp = tempfile.mkdtemp(prefix="nodecheck-")
            copy = os.path.join(tmp, os.path.basename(path))
            shutil.copyfile(e["full"], copy)
            cmd = ["node"]
            mod = is_module(e)
            if mod and path.endswith(".js"):
                cmd.append("--experimental-default-type=module")
            cmd += ["--check", copy]
            ok, out = run(cmd)
            msg = next((l for l in out if "Error" in l), out[-1] if out else "")
            record(e, "node --check" + (" (ESM)" if mod else " (CJS)"), ok, "syntax ok" if ok else msg)
            shutil.rmtree(tmp)
        js_items.append({"path": e["full"], "kind": "jsx" if path.endswith(".jsx") else "js",
                         "module": is_module(e), "rel": e["rel"]})
    elif lang == "TypeScript":
        js_items.append({"path": e["full"], "kind": "tsx" if path.endswith(".tsx") else "ts",
                         "module": True, "rel": e["rel"]})
    elif lang == "shell":
        ok, out = run(["bash", "-n", e["full"]])
        record(e, "bash -n", ok, "syntax ok" if ok else (out[0] if out else ""))
        first = e["body"].split("\n", 1)[0]
        if re.match(r"#!\s*(/bin/sh|/usr/bin/env sh)\b", first):
            ok, out = run(["dash", "-n", e["full"]])
            record(e, "dash -n", ok, "syntax ok" if ok else (out[0] if out else ""))
    elif lang == "YAML":
        try:
            list(YAML(typ="rt").load_all(e["body"]))
            record(e, "ruamel.yaml rt load_all", True, "loaded")
        except Exception as ex:  # noqa: BLE001
            record(e, "ruamel.yaml rt load_all", False, f"{type(ex).__name__}: {ex}")
        try:
            list(yaml.compose_all(e["body"]))
            record(e, "PyYAML compose_all", True, "composed")
        except Exception as ex:  # noqa: BLE001
            record(e, "PyYAML compose_all", False, f"{type(ex).__name__}: {ex}")
    elif lang == "TOML":
        try:
            tomllib.loads(e["body"])
            record(e, "tomllib", True, "loaded")
        except Exception as ex:  # noqa: BLE001
            record(e, "tomllib", False, f"{type(ex).__name__}: {ex}")
    elif lang == "JSON":
        try:
            json.loads(e["body"])
            record(e, "json.loads", True, "loaded")
        except Exception as ex:  # noqa: BLE001
            record(e, "json.loads", False, f"{type(ex).__name__}: {ex}")

if js_items:
    env = dict(os.environ, NODE_PATH=NODE_PATH)
    p = subprocess.run(["node", os.path.join(HERE, "check_js_ts.js")],
                       input=json.dumps(js_items), capture_output=True, text=True, env=env)
    if p.returncode != 0:
        sys.exit("check_js_ts.js failed: " + p.stderr)
    by_path = {it["path"]: it for it in js_items}
    rel_to_entry = {e["rel"]: e for e in ENTRIES}
    for r in json.loads(p.stdout):
        e = rel_to_entry[by_path[r["path"]]["rel"]]
        if "babel" in r:
            kind = by_path[r["path"]]["kind"]
            name = "@babel/parser" + (" (jsx)" if kind == "jsx" else "") + (" module" if by_path[r["path"]]["module"] else " script")
            record(e, name, r["babel"]["ok"], r["babel"]["detail"])
        else:
            name = "typescript syntactic diagnostics" + (" (TSX)" if e["path"].endswith(".tsx") else " (TS)")
            record(e, name, r["ts"]["ok"], r["ts"]["detail"])

# requirements
req_rows = {}
for e in ENTRIES:
    rs = [r for r in results[e["rel"]] if r[1] != "n/a"]
    if not rs:
        fail(f"no checker ran for {e['rel']}")
    exp = e["expect"]
    if exp is None:
        req_rows[e["rel"]] = ("requirement", "none", "recorded only: " + ", ".join(f"{c}={r}" for c, r, _ in rs))
        continue
    want = "accept" if exp == "parse" else "reject"
    bad = [c for c, r, _ in rs if r != want]
    if bad:
        fail(f"{e['rel']}: expected every parser to {want}, not met by {bad}")
        req_rows[e["rel"]] = ("requirement", "FAILED", f"every parser must {want}; not met by " + ", ".join(bad))
    else:
        req_rows[e["rel"]] = ("requirement", "met", f"every parser must {want} ({len(rs)} checked)")

with open(os.path.join(ROOT, "verification.tsv"), "w", encoding="utf-8", newline="") as fh:
    fh.write("path\tchecker\tresult\tdetail\n")
    for e in ENTRIES:
        for c, r, d in results[e["rel"]] + [req_rows[e["rel"]]]:
            fh.write(f"{e['rel']}\t{c}\t{r}\t{d}\n")

# ---------------------------------------------------------------- README
def tool_versions():
    v = {}
    v["node"] = subprocess.run(["node", "--version"], capture_output=True, text=True).stdout.strip()
    for pkg in ("typescript", "@babel/parser"):
        try:
            with open(os.path.join(NODE_PATH, pkg, "package.json")) as fh:
                v[pkg] = json.load(fh)["version"]
        except OSError:
            v[pkg] = "?"
    import ruamel.yaml
    v["ruamel.yaml"] = ruamel.yaml.__version__
    v["PyYAML"] = yaml.__version__
    v["python"] = sys.version.split()[0]
    v["bash"] = subprocess.run(["bash", "-c", "echo $BASH_VERSION"], capture_output=True, text=True).stdout.strip()
    return v


def build_readme():
    vers = tool_versions()
    lines = ["HELD-OUT set dated 2026-12-03 — do not tune on it", ""]
    lines.append("Synthetic files that imitate a language model's answer saved verbatim to disk after a")
    lines.append("developer asked it to write, update or fix a file. Each top-level folder is a label; the")
    lines.append("path inside it only names the subject of the file. The manifest lists every file with")
    lines.append("its language and a short note; the verification table records every parser run.")
    lines.append("")
    lines.append("## Counts")
    lines.append("")
    lines.append("| folder | " + " | ".join(LANGS) + " | total |")
    lines.append("| --- | " + " | ".join("---:" for _ in LANGS) + " | ---: |")
    grand = 0
    for label in LABELS:
        row = [counts.get((label, l), 0) for l in LANGS]
        grand += sum(row)
        lines.append(f"| {label} | " + " | ".join(str(n) for n in row) + f" | {sum(row)} |")
    col = [sum(counts.get((lab, l), 0) for lab in LABELS) for l in LANGS]
    lines.append("| total | " + " | ".join(str(n) for n in col) + f" | {grand} |")
    lines.append("")
    lines.append("## Method")
    lines.append("")
    lines.append("Every file was written by hand as a Python string literal in the generator scripts (so the")
    lines.append("final newline, or its absence, is exact); one build script writes them all, runs the")
    lines.append("parsers and asserts the requirements below.")
    lines.append("")
    lines.append("- placeholder: realistic code of 15-70 lines in which a piece of real code was replaced")
    lines.append("  by an elision in the styles different assistants use (short markers, ellipses, bracketed")
    lines.append("  notes, sentences explaining the omission, requests to paste code back, notes that other")
    lines.append("  parts mirror a shown one, multi-line comment paragraphs in about a third of the files,")
    lines.append("  markup comments and tags). The elided code is genuinely missing: later code still uses")
    lines.append("  it, or the structure is visibly incomplete. About a third per language break the syntax;")
    lines.append("  the rest parse. No elision line is repeated across the set.")
    lines.append("- llm-chatter: working files with the assistant's conversational prose left in them")
    lines.append("  (openings, closing offers, change lists, notes, walkthrough between sections, remarks to")
    lines.append("  the user), at varied positions; a third keep the prose inside comments, the rest outside.")
    lines.append("  No sentence is repeated.")
    lines.append("- language-mismatch: the file's extension names one language while the content is clearly")
    lines.append("  another; no content language is used more than twice per extension, and four files per")
    lines.append("  extension stop mid-line without a final newline.")
    lines.append("- clean: valid, complete files with features a naive checker may mistake for defects")
    lines.append("  (comments about omission or unchanged code, empty functions with explanations, rest and")
    lines.append("  spread syntax, ellipses in strings and doc comments, no-op commands, chatty output text,")
    lines.append("  document end markers, prose inside strings and block scalars); several lack a final newline.")
    lines.append("")
    lines.append("## Verification")
    lines.append("")
    lines.append("Tools (installed outside the repository):")
    lines.append("")
    lines.append(f"- JavaScript: `node --check` {vers['node']} on a copy in a fresh temporary directory")
    lines.append("  (`--experimental-default-type=module` for ES-module `.js`; not applicable to JSX files),")
    lines.append(f"  and @babel/parser {vers['@babel/parser']} (jsx plugin for `.jsx`).")
    lines.append(f"- TypeScript: typescript {vers['typescript']} compiler API, program syntactic diagnostics")
    lines.append("  (ScriptKind.TSX for `.tsx`).")
    lines.append(f"- shell: `bash -n` (bash {vers['bash']}), plus `dash -n` for `#!/bin/sh` scripts.")
    lines.append(f"- YAML: ruamel.yaml {vers['ruamel.yaml']} round-trip `load_all` and PyYAML {vers['PyYAML']} `compose_all`.")
    lines.append(f"- TOML: Python {vers['python']} `tomllib`.")
    lines.append("- JSON: Python `json.loads`.")
    lines.append("")
    lines.append("Requirements asserted by the build (it exits non-zero if any fails): every clean file and")
    lines.append("every comment-only placeholder or chatter file is accepted by every applicable parser;")
    lines.append("every syntax-breaking placeholder and every TOML or JSON mismatch file is rejected by every")
    lines.append("applicable parser; the counts, proportions and uniqueness rules above hold.")
    lines.append("")
    lines.append("Results (files accepted by all applicable parsers / rejected by all / mixed):")
    lines.append("")
    lines.append("| folder | language | files | all accept | all reject | mixed | requirement |")
    lines.append("| --- | --- | ---: | ---: | ---: | ---: | --- |")
    for label in LABELS:
        for lang in LANGS:
            es = [e for e in ENTRIES if e["label"] == label and e["lang"] == lang]
            if not es:
                continue
            acc = rej = mix = 0
            for e in es:
                rs = {r for _, r, _ in results[e["rel"]] if r != "n/a"}
                if rs == {"accept"}:
                    acc += 1
                elif rs == {"reject"}:
                    rej += 1
                else:
                    mix += 1
            reqs = [req_rows[e["rel"]][1] for e in es]
            nreq = sum(1 for r in reqs if r != "none")
            nmet = sum(1 for r in reqs if r == "met")
            rq = f"{nmet}/{nreq} met" if nreq else "none (recorded only)"
            lines.append(f"| {label} | {lang} | {len(es)} | {acc} | {rej} | {mix} | {rq} |")
    lines.append("")
    status = "all requirements met" if not failures else f"{len(failures)} requirement(s) FAILED"
    lines.append(f"Build status: {status}.")
    lines.append("")
    return "\n".join(lines)


with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8", newline="") as fh:
    fh.write(build_readme())

if failures:
    print(f"{len(failures)} FAILURE(S):")
    for f in failures:
        print("  " + f)
    sys.exit(1)
print(f"OK: {len(ENTRIES)} files written and verified")
