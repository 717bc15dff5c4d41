#!/usr/bin/env python3
"""Check every generated file with a real parser for its language.

Usage (from the repo root, after make.py):
  /tmp/pvenv/bin/python holdout/tune-placeholder/generator/verify.py holdout/tune-placeholder

Needs: PyYAML and pglast importable by this Python (a /tmp venv), Python >= 3.11
(tomllib), node on PATH, and `typescript` + `jsonc-parser` installed under
$TS_DIR/node_modules (default /tmp/tsref2).  bash -n for shell.

Every clean file and every placeholder file with parses=True must parse;
every placeholder file with parses=False must FAIL to parse.
Exit status 0 when all expectations hold.
"""
import ast
import json
import os
import subprocess
import sys
import tempfile
import tomllib
from collections import Counter

import pglast
import yaml

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import bases  # noqa: E402

TS_DIR = os.environ.get("TS_DIR", "/tmp/tsref2")

NODE_CHECKER = r"""
const ts = require('typescript');
const jsonc = require('jsonc-parser');
const fs = require('fs');
const items = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const out = {};
for (const [file, lang] of items) {
  const text = fs.readFileSync(file, 'utf8');
  if (lang === 'jsonc') {
    const errors = [];
    jsonc.parse(text, errors, { allowTrailingComma: true, disallowComments: false });
    out[file] = errors.map((e) => `${jsonc.printParseErrorCode(e.error)} at offset ${e.offset}`);
  } else {
    const kind = { ts: ts.ScriptKind.TS, tsx: ts.ScriptKind.TSX, jsx: ts.ScriptKind.JSX }[lang];
    const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false, kind);
    out[file] = sf.parseDiagnostics.map((d) => {
      const { line } = sf.getLineAndCharacterOfPosition(d.start);
      return `line ${line + 1}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`;
    });
  }
}
process.stdout.write(JSON.stringify(out));
"""


def first_line(s):
    lines = [l for l in s.strip().splitlines() if l.strip()]
    for l in lines:
        if "Error" in l and not l.lstrip().startswith("at "):
            return l.strip()[:160]
    return lines[-1][:160] if lines else ""


def check_local(path, lang):
    """Return an error string, or '' when the file parses."""
    text = open(path, encoding="utf-8").read()
    try:
        if lang == "py":
            ast.parse(text, filename=path)
        elif lang == "json":
            with open(path, encoding="utf-8") as f:
                json.load(f)
        elif lang == "toml":
            tomllib.loads(text)
        elif lang == "yaml":
            list(yaml.safe_load_all(text))
        elif lang == "sql":
            pglast.parse_sql(text)
        elif lang == "sh":
            r = subprocess.run(["bash", "-n", path], capture_output=True, text=True)
            if r.returncode != 0:
                return first_line(r.stderr)
        elif lang == "cjs":
            r = subprocess.run(["node", "--check", path], capture_output=True, text=True)
            if r.returncode != 0:
                return first_line(r.stderr)
        elif lang == "esm":
            if path.endswith(".mjs"):
                r = subprocess.run(["node", "--check", path], capture_output=True, text=True)
            else:
                with open(path, "rb") as f:
                    r = subprocess.run(["node", "--input-type=module", "--check"], stdin=f,
                                       capture_output=True, text=True)
            if r.returncode != 0:
                return first_line(r.stderr)
        else:
            raise ValueError(lang)
    except Exception as e:  # noqa: BLE001
        return f"{type(e).__name__}: {str(e).splitlines()[0][:160] if str(e) else ''}"
    return ""


def main(argv):
    out = argv[1] if len(argv) > 1 else "holdout/tune-placeholder"
    cases = bases.all_cases()
    node_items = []
    results = {}
    for c in cases:
        path = os.path.join(out, c.kind, c.path)
        if c.lang in ("ts", "tsx", "jsx", "jsonc"):
            node_items.append([path, c.lang])
        else:
            results[path] = check_local(path, c.lang)
    if node_items:
        with tempfile.TemporaryDirectory() as td:
            listing = os.path.join(td, "items.json")
            script = os.path.join(td, "check.js")
            with open(listing, "w") as f:
                json.dump(node_items, f)
            with open(script, "w") as f:
                f.write(NODE_CHECKER)
            env = dict(os.environ, NODE_PATH=os.path.join(TS_DIR, "node_modules"))
            r = subprocess.run(["node", script, listing], capture_output=True, text=True, env=env)
            if r.returncode != 0:
                print(r.stderr)
                return 2
            for path, diags in json.loads(r.stdout).items():
                results[path] = "; ".join(diags[:2])

    ok = bad = 0
    by_lang = Counter()
    for c in cases:
        path = os.path.join(out, c.kind, c.path)
        err = results[path]
        parsed = err == ""
        by_lang[(c.kind, c.lang, "parses" if parsed else "fails")] += 1
        if parsed == c.parses:
            ok += 1
            if not parsed:
                print(f"EXPECTED-FAIL {c.kind}/{c.path} [{c.lang}] -> {err}")
        else:
            bad += 1
            want = "parse" if c.parses else "FAIL to parse"
            print(f"MISMATCH {c.kind}/{c.path} [{c.lang}] should {want}: {err or 'parsed fine'}")
    print()
    for key in sorted(by_lang):
        print(f"  {key[0]:12s} {key[1]:6s} {key[2]:7s} {by_lang[key]}")
    print(f"\n{ok} files as expected, {bad} mismatches")
    return 0 if bad == 0 else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
