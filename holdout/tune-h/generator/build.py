#!/usr/bin/env python3
"""Build the tune-h corpus: write files, verify them with real parsers,
write manifest.tsv, verification.tsv and README.md.

Run with a Python >= 3.11 that has ruamel.yaml and PyYAML installed, e.g.
    python3 -m venv /tmp/tuneh-venv && /tmp/tuneh-venv/bin/pip install ruamel.yaml pyyaml
    (cd /tmp/tuneh-npm && npm init -y && npm install typescript@5 @babel/parser)
    /tmp/tuneh-venv/bin/python build.py
"""
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tomllib
from collections import Counter, defaultdict

import yaml
import ruamel.yaml
from ruamel.yaml import YAML

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from common import FILES, LANG_BY_EXT, ext_of, line_of, line_count  # noqa: E402
import cell_placeholder_js  # noqa: E402,F401
import cell_placeholder_ts  # noqa: E402,F401
import cell_placeholder_sh  # noqa: E402,F401
import cell_chatter_yaml  # noqa: E402,F401
import cell_chatter_sh  # noqa: E402,F401
import cell_mismatch_yaml  # noqa: E402,F401
import cell_mismatch_toml  # noqa: E402,F401
import cell_clean_code  # noqa: E402,F401
import cell_clean_config  # noqa: E402,F401

ROOT = os.path.dirname(HERE)
NPM_DIR = os.environ.get("TUNEH_NPM", "/tmp/tuneh-npm")
LABELS = ["placeholder", "llm-chatter", "language-mismatch", "clean"]
DATE = "2026-12-03"


def write_files():
    for label in LABELS:
        shutil.rmtree(os.path.join(ROOT, label), ignore_errors=True)
    seen = set()
    for f in FILES:
        key = (f["label"], f["path"])
        assert key not in seen, key
        seen.add(key)
        full = os.path.join(ROOT, f["label"], f["path"])
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "w", encoding="utf-8", newline="") as fh:
            fh.write(f["text"])
        f["full"] = full
        f["ext"] = ext_of(f["path"])
        f["lang"] = LANG_BY_EXT[f["ext"]]


def first_line(s):
    s = (s or "").strip()
    return s.splitlines()[0] if s else ""


def run(cmd):
    p = subprocess.run(cmd, capture_output=True, text=True)
    return p.returncode, (p.stderr or p.stdout)


# ------------------------------------------------------------------ parsers

def check_yaml(f):
    res = []
    try:
        y = YAML(typ="rt")
        list(y.load_all(f["text"]))
        res.append(("ruamel.yaml %s (rt)" % ruamel.yaml.__version__, True, ""))
    except Exception as e:  # noqa: BLE001
        mark = getattr(e, "problem_mark", None) or getattr(e, "context_mark", None)
        where = "line %d: " % (mark.line + 1) if mark else ""
        res.append(("ruamel.yaml %s (rt)" % ruamel.yaml.__version__, False,
                    where + first_line(getattr(e, "problem", None) or str(e))))
    try:
        list(yaml.compose_all(f["text"], Loader=yaml.SafeLoader))
        res.append(("PyYAML %s (compose_all, SafeLoader)" % yaml.__version__, True, ""))
    except Exception as e:  # noqa: BLE001
        mark = getattr(e, "problem_mark", None) or getattr(e, "context_mark", None)
        where = "line %d: " % (mark.line + 1) if mark else ""
        res.append(("PyYAML %s (compose_all, SafeLoader)" % yaml.__version__, False,
                    where + first_line(getattr(e, "problem", None) or str(e))))
    return res


def check_toml(f):
    try:
        tomllib.loads(f["text"])
        return [("python %s tomllib" % sys.version.split()[0], True, "")]
    except tomllib.TOMLDecodeError as e:
        return [("python %s tomllib" % sys.version.split()[0], False, str(e))]


BASH_VER = first_line(subprocess.run(["bash", "--version"], capture_output=True, text=True).stdout)
BASH_VER = re.sub(r"^GNU bash, version (\S+).*", r"bash \1", BASH_VER)


def check_shell(f):
    res = []
    rc, err = run(["bash", "-n", f["full"]])
    res.append((BASH_VER + " -n", rc == 0, first_line(err).replace(ROOT + "/", "")))
    if f["text"].startswith("#!/bin/sh"):
        rc, err = run(["dash", "-n", f["full"]])
        res.append(("dash -n", rc == 0, first_line(err).replace(ROOT + "/", "")))
    return res


NODE_VER = subprocess.run(["node", "--version"], capture_output=True, text=True).stdout.strip()


def node_check(f):
    ext = f["ext"]
    if ext == ".jsx" or f["lang"] != "JavaScript":
        return []
    esm = ext == ".mjs" or (ext == ".js" and (re.search(r"^\s*(import|export)\s", f["text"], re.M)
                                             or "import.meta" in f["text"]))
    if esm:
        cmd = ["node", "--experimental-default-type=module", "--check", f["full"]]
        name = "node %s --experimental-default-type=module --check" % NODE_VER
    else:
        cmd = ["node", "--check", f["full"]]
        name = "node %s --check" % NODE_VER
    rc, err = run(cmd)
    detail = ""
    if rc != 0:
        lines = [l for l in err.splitlines() if l.strip()]
        loc = lines[0].replace(ROOT + "/", "") if lines else ""
        msg = next((l for l in lines if "Error" in l), "")
        detail = (loc + " " + msg).strip()
    return [(name, rc == 0, detail)]


def check_js_ts_batch(files):
    env = dict(os.environ, NODE_PATH=os.path.join(NPM_DIR, "node_modules"))
    p = subprocess.run(["node", os.path.join(HERE, "check_js.cjs")] + [f["full"] for f in files],
                       capture_output=True, text=True, env=env)
    if p.returncode != 0:
        raise SystemExit("check_js.cjs failed: " + p.stderr)
    by_file = defaultdict(list)
    for line in p.stdout.splitlines():
        r = json.loads(line)
        by_file[r["file"]].append((r["parser"], r["ok"], r["detail"].replace(ROOT + "/", "")))
    return by_file


def verify():
    jsts = [f for f in FILES if f["lang"] in ("JavaScript", "TypeScript")]
    batch = check_js_ts_batch(jsts)
    for f in FILES:
        if f["lang"] == "YAML":
            f["checks"] = check_yaml(f)
        elif f["lang"] == "TOML":
            f["checks"] = check_toml(f)
        elif f["lang"] == "shell":
            f["checks"] = check_shell(f)
        else:
            f["checks"] = node_check(f) + batch[f["full"]]
        oks = [c[1] for c in f["checks"]]
        f["all_accept"] = all(oks)
        f["all_reject"] = not any(oks)


def expectation(f):
    """Return (expected, ok) for the file's rule, or ('recorded', None)."""
    if f["label"] == "clean":
        return "accept by all", f["all_accept"]
    if f["label"] == "placeholder":
        if f["kind"] == "comment-only":
            return "accept by all", f["all_accept"]
        return "reject by all", f["all_reject"]
    if f["label"] == "language-mismatch" and f["lang"] == "TOML":
        return "reject by tomllib", f["all_reject"]
    return "recorded only", None


# ------------------------------------------------------------------ outputs

def ends(f):
    return "ends with newline" if f["text"].endswith("\n") else "no final newline"


def lines_str(f):
    nums = [line_of(f["text"], n) for n in f["needles"]]
    if not nums:
        return ""
    return ("line %d" % nums[0]) if len(nums) == 1 else "lines " + ", ".join(map(str, nums))


def parser_verdict(f):
    ok = [c[1] for c in f["checks"]]
    if all(ok):
        return "accepts"
    if not any(ok):
        return "rejects"
    return "split (" + ", ".join("%s %s" % (c[0].split()[0], "accepts" if c[1] else "rejects")
                                 for c in f["checks"]) + ")"


def first_error_line(f):
    for c in f["checks"]:
        if not c[1]:
            m = re.search(r"line (\d+)", c[2])
            if m:
                return int(m.group(1))
    return None


def note(f):
    n = line_count(f["text"])
    tail = "%d lines; %s" % (n, ends(f))
    if f["label"] == "placeholder":
        return "%s placeholder: %s (%s); %s" % (f["kind"], f["defect"], lines_str(f), tail)
    if f["label"] == "llm-chatter":
        return "chatter: %s (%s); %s %s it; %s" % (
            f["defect"], lines_str(f), {"YAML": "YAML", "shell": "bash -n"}[f["lang"]],
            parser_verdict(f), tail)
    if f["label"] == "language-mismatch":
        parser = "tomllib" if f["lang"] == "TOML" else "YAML (ruamel+PyYAML)"
        err = first_error_line(f)
        s = "mismatch: %s; whole file is %s (lines 1-%d, first telltale %s); %s %s it%s; %s" % (
            f["defect"], f["contains"], n, lines_str(f), parser, parser_verdict(f),
            (", first error at line %d" % err) if err else "", tail)
        if f["cut"]:
            s += "; also cut off mid-line at line %d" % n
        return s
    return "valid but suspicious: %s (%s); %s" % (f["defect"], lines_str(f), tail)


def language_col(f):
    if f["label"] == "language-mismatch":
        return "%s (contains %s)" % (f["lang"], f["contains"])
    return f["lang"]


def write_manifest():
    rows = ["folder\tfile\tlanguage\tnote"]
    for f in FILES:
        rows.append("\t".join([f["label"], f["path"], language_col(f), note(f)]))
    with open(os.path.join(ROOT, "manifest.tsv"), "w") as fh:
        fh.write("\n".join(rows) + "\n")


def write_verification():
    rows = ["folder\tfile\tlanguage\tparser\tresult\tdetail\texpected\tmeets_rule"]
    for f in FILES:
        exp, ok = expectation(f)
        for parser, accepted, detail in f["checks"]:
            rows.append("\t".join([
                f["label"], f["path"], language_col(f), parser,
                "accept" if accepted else "reject",
                detail.replace("\t", " ").replace("\n", " ") or "-",
                exp, "-" if ok is None else ("yes" if ok else "NO"),
            ]))
    with open(os.path.join(ROOT, "verification.tsv"), "w") as fh:
        fh.write("\n".join(rows) + "\n")


def tool_versions():
    env = dict(os.environ, NODE_PATH=os.path.join(NPM_DIR, "node_modules"))
    js = subprocess.run(["node", "-e", "console.log(require('typescript').version + ' ' + "
                         "require('@babel/parser/package.json').version)"],
                        capture_output=True, text=True, env=env).stdout.split()
    dash = subprocess.run(["dpkg-query", "-W", "-f=${Version}", "dash"],
                          capture_output=True, text=True).stdout.strip() or "unknown"
    return ["node %s" % NODE_VER, "typescript %s" % js[0], "@babel/parser %s" % js[1],
            "python %s (tomllib)" % sys.version.split()[0], "ruamel.yaml %s" % ruamel.yaml.__version__,
            "PyYAML %s" % yaml.__version__, BASH_VER, "dash %s" % dash]


def write_readme():
    c = Counter((f["label"], f["lang"]) for f in FILES)
    langs = ["JavaScript", "TypeScript", "shell", "YAML", "TOML"]
    out = io.StringIO()
    w = out.write
    w("TUNING set dated %s\n\n" % DATE)
    w("# tune-h: LLM-output defect corpus (tuning set)\n\n")
    w("Files that imitate a language model's answer saved verbatim after a developer asked it to "
      "update, fix, extend or convert an existing file. Written independently of the checker "
      "(nothing else under the project was read). Generated by `generator/build.py`; labels and "
      "defect lines are in `manifest.tsv`, parser results in `verification.tsv`.\n\n")
    w("## Counts\n\n")
    w("| cell | " + " | ".join(langs) + " | total |\n")
    w("|---|" + "---|" * (len(langs) + 1) + "\n")
    for label in LABELS:
        nums = [c[(label, l)] for l in langs]
        w("| %s | %s | %d |\n" % (label, " | ".join(str(x) if x else "-" for x in nums), sum(nums)))
    tot = [sum(c[(lab, l)] for lab in LABELS) for l in langs]
    w("| **total** | %s | %d |\n\n" % (" | ".join(map(str, tot)), sum(tot)))

    ph = Counter((f["lang"], f["kind"]) for f in FILES if f["label"] == "placeholder")
    mm_yaml = [f for f in FILES if f["label"] == "language-mismatch" and f["lang"] == "YAML"]
    mm_yaml_rej = sum(1 for f in mm_yaml if f["all_reject"])
    chat = [f for f in FILES if f["label"] == "llm-chatter"]
    nonl = [f for f in FILES if f["label"] == "clean" and not f["text"].endswith("\n")]

    w("## Cells\n\n")
    w("### placeholder\n\n")
    w("A piece of real code replaced by an elision, the way a model abbreviates an answer: emptied "
      "function bodies with a comment pointing elsewhere, comments standing for switch cases, "
      "object members, class methods, if/elif branches, imports or JSX markup, and bare markers "
      "(`...`, `…`, `<existing JSX>`, `[... as before ...]`, `<snip>`, HTML comments in TSX, empty "
      "shell bodies). In every file the elided code is really missing: the rest of the file still "
      "calls, imports or destructures what was removed, or the structure is visibly incomplete. "
      "Comment-only files stay syntactically valid; syntax-breaking ones are rejected by the "
      "parsers.\n\n")
    w("| language | comment-only | syntax-breaking |\n|---|---|---|\n")
    for l in ["JavaScript", "TypeScript", "shell"]:
        w("| %s | %d | %d |\n" % (l, ph[(l, "comment-only")], ph[(l, "syntax-breaking")]))
    w("\n### llm-chatter\n\n")
    w("The model's conversational prose left inside the file: intro sentences, Markdown fences, "
      "mid-file walkthroughs (\"Next, we ...\"), \"Key changes:\" / \"Changes made:\" bullets, "
      "\"**Important:**\" / \"**Note:**\" notes, \"Explanation:\" paragraphs, numbered step lists, "
      "closing remarks and offers, apologies. Four files per language contain only comments that "
      "speak to the user about the conversation (\"As you mentioned\", \"Updated per your "
      "request\", \"This is the part you were asking about\", ...), so they still parse. "
      "Parser verdicts are recorded, not required: %d of %d chatter files are rejected by their "
      "parser(s).\n\n" % (sum(1 for f in chat if f["all_reject"]), len(chat)))
    w("### language-mismatch\n\n")
    w("The extension says YAML or TOML and the content is clearly another language (shell, Python, "
      "JS/TS modules, Markdown, TOML, INI/setup.cfg/tox.ini, Dockerfile, Makefile, HCL, nginx, "
      "systemd, SQL, JSON/JSONC, Groovy, docker run commands, .env, Java properties, "
      "requirements.txt, package.json, editorconfig, YAML in .toml). Four per extension are also "
      "cut off mid-line (no final newline). Every .toml file is rejected by tomllib; %d of %d "
      ".yml/.yaml files are rejected by both YAML parsers (the rest parse as YAML, e.g. a "
      "comment-free .env becomes one multi-line plain scalar).\n\n" % (mm_yaml_rej, len(mm_yaml)))
    w("### clean\n\n")
    w("Valid files that look suspicious to a naive checker: comments with \"rest of\", \"same "
      "as\", \"unchanged\", \"as before\", \"etc.\", \"other\", \"remaining\", \"TODO\", \"Note:\", "
      "reader-addressed documentation (\"You can override ...\"), maintainer first person (\"I "
      "know this looks odd, but ...\"); YAML descriptions/block scalars and TOML multi-line strings "
      "holding prose and first-person sentences as values; shell echo/heredoc text that reads like "
      "chatter; JS/TS rest/spread and optional chaining. All are accepted by every parser. %d end "
      "without a final newline (%s).\n\n" % (len(nonl), ", ".join(f["path"] for f in nonl)))
    w("## Verification\n\n")
    w("`verification.tsv` has one row per file and parser: ruamel.yaml (round-trip loader) and "
      "PyYAML (compose_all with SafeLoader, i.e. syntax without tag construction) for YAML; "
      "python tomllib for TOML; `bash -n` (plus `dash -n` for `#!/bin/sh`) for shell; "
      "`node --check` for .js/.cjs/.mjs (`--experimental-default-type=module` for ESM) plus "
      "@babel/parser for all JS/TS (jsx/typescript plugins as needed); TypeScript 5 compiler API "
      "syntactic diagnostics for .ts/.tsx. The `meets_rule` column checks: clean and comment-only "
      "placeholders accepted by all parsers, syntax-breaking placeholders rejected by all, "
      ".toml mismatches rejected by tomllib.\n\n")
    w("Tool versions: %s.\n" % ", ".join(tool_versions()))
    with open(os.path.join(ROOT, "README.md"), "w") as fh:
        fh.write(out.getvalue())


def main():
    write_files()
    verify()
    write_manifest()
    write_verification()
    write_readme()
    bad = [f for f in FILES if expectation(f)[1] is False]
    for f in bad:
        print("RULE VIOLATION:", f["label"], f["path"], f["checks"])
    short = [f for f in FILES if not 15 <= line_count(f["text"]) <= 90]
    for f in short:
        print("SIZE:", f["label"], f["path"], line_count(f["text"]))
    print("files:", len(FILES), "violations:", len(bad))


if __name__ == "__main__":
    main()
