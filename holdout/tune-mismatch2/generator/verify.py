#!/usr/bin/env python3
"""Run the real parser of each implied language over the corpus.

Usage (from the repository root, after make.py):

    python3 holdout/tune-mismatch2/generator/verify.py holdout/tune-mismatch2

Every file in clean/ must be accepted; the script exits 1 otherwise.
For language-mismatch/ the verdict is only information (a mismatch may well be
accepted by the implied parser: a Dockerfile is valid sh, dotenv is a YAML
plain scalar). All verdicts go to <root>/verification.tsv.

Parsers:
  .json       python3 -m json.tool, plus a duplicate-key check
  .yml/.yaml  yaml.safe_load_all (PyYAML), plus a duplicate-key loader and
              "no tab in indentation"
  .toml       tomllib (Python >= 3.11)
  .sh         bash -n, and dash -n when the shebang is #!/bin/sh
  .js/.mjs    node --check; a .js file is checked as a .cjs and as a .mjs
              copy and accepted if either parses (see check_js)
  .ts/.tsx    TypeScript 5: ts.createSourceFile parse diagnostics and
              program.getSyntacticDiagnostics(); syntax only.
              TypeScript is looked up in $TM2_TS_DIR (default /tmp/tm2-ts,
              install with: npm install --prefix /tmp/tm2-ts typescript@5)
"""

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import tomllib
from collections import Counter, defaultdict
from pathlib import Path

import yaml

TS_DIR = Path(os.environ.get("TM2_TS_DIR", "/tmp/tm2-ts"))

TS_CHECK = r"""
const fs = require("fs");
const ts = require(process.env.TM2_TS_MODULE);
const files = JSON.parse(fs.readFileSync(0, "utf8"));
const program = ts.createProgram(files, {
  noEmit: true,
  noResolve: true,
  noLib: true,
  types: [],
  target: ts.ScriptTarget.ES2022,
  jsx: ts.JsxEmit.Preserve,
});
const out = {};
const fmt = (d) => {
  let where = "";
  if (d.file && d.start !== undefined) {
    const p = d.file.getLineAndCharacterOfPosition(d.start);
    where = `${p.line + 1}:${p.character + 1} `;
  }
  return where + ts.flattenDiagnosticMessageText(d.messageText, " ");
};
for (const f of files) {
  const text = fs.readFileSync(f, "utf8");
  const kind = f.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const sf = ts.createSourceFile(f, text, ts.ScriptTarget.Latest, true, kind);
  const msgs = (sf.parseDiagnostics || []).map(fmt);
  const psf = program.getSourceFile(f);
  if (!psf) {
    msgs.push("program did not load the file");
  } else {
    for (const d of program.getSyntacticDiagnostics(psf)) msgs.push(fmt(d));
  }
  out[f] = [...new Set(msgs)];
}
process.stdout.write(JSON.stringify(out));
"""


def first_line(text):
    for line in text.strip().splitlines():
        if line.strip():
            return line.strip()[:200]
    return ""


# ---------------------------------------------------------------- JSON
def _no_dup_pairs(pairs):
    keys = [k for k, _ in pairs]
    dups = sorted({k for k in keys if keys.count(k) > 1})
    if dups:
        raise ValueError(f"duplicate key(s) {dups}")
    return dict(pairs)


def check_json(path):
    r = subprocess.run([sys.executable, "-m", "json.tool", str(path)], capture_output=True, text=True)
    if r.returncode != 0:
        return False, "json.tool: " + first_line(r.stderr)
    try:
        json.loads(path.read_text(encoding="utf-8"), object_pairs_hook=_no_dup_pairs)
    except ValueError as exc:
        return False, f"json: {exc}"
    return True, "json.tool ok"


# ---------------------------------------------------------------- YAML
class UniqueKeyLoader(yaml.SafeLoader):
    pass


def _construct_unique_mapping(loader, node, deep=False):
    seen = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=True)
        try:
            if key in seen:
                raise yaml.constructor.ConstructorError(
                    None, None, f"duplicate key {key!r}", key_node.start_mark
                )
            seen.add(key)
        except TypeError:
            pass  # unhashable key: PyYAML itself will complain
    return loader.construct_mapping(node, deep=True)


UniqueKeyLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_unique_mapping)


def check_yaml(path):
    text = path.read_text(encoding="utf-8")
    try:
        with open(path, encoding="utf-8") as fh:
            docs = list(yaml.safe_load_all(fh))
    except yaml.YAMLError as exc:
        return False, "yaml: " + " ".join(str(exc).split())[:200]
    try:
        list(yaml.load_all(text, Loader=UniqueKeyLoader))
    except yaml.YAMLError as exc:
        return False, "yaml duplicate key: " + " ".join(str(exc).split())[:200]
    for n, line in enumerate(text.splitlines(), 1):
        indent = line[: len(line) - len(line.lstrip(" \t"))]
        if "\t" in indent:
            return False, f"yaml: tab in indentation on line {n}"
    kinds = ",".join(sorted({type(d).__name__ for d in docs}))
    return True, f"safe_load_all ok ({len(docs)} doc(s): {kinds})"


# ---------------------------------------------------------------- TOML
def check_toml(path):
    try:
        with open(path, "rb") as fh:
            tomllib.load(fh)
    except tomllib.TOMLDecodeError as exc:
        return False, f"tomllib: {exc}"
    except UnicodeDecodeError as exc:
        return False, f"tomllib: {exc}"
    return True, "tomllib ok"


# ---------------------------------------------------------------- shell
POSIX_SHEBANG = re.compile(r"^#!\s*(/bin/sh|/usr/bin/env\s+sh)\b")


def check_sh(path):
    r = subprocess.run(["bash", "-n", str(path)], capture_output=True, text=True)
    if r.returncode != 0:
        return False, "bash -n: " + first_line(r.stderr)
    first = path.read_text(encoding="utf-8").split("\n", 1)[0]
    if POSIX_SHEBANG.match(first):
        if not shutil.which("dash"):
            return False, "dash not installed but the shebang is #!/bin/sh"
        r = subprocess.run(["dash", "-n", str(path)], capture_output=True, text=True)
        if r.returncode != 0:
            return False, "dash -n: " + first_line(r.stderr)
        return True, "bash -n ok; dash -n ok"
    return True, "bash -n ok"


# ---------------------------------------------------------------- JS
# Plain `node --check file.js` is not enough: on Node 20.20 a .js file whose
# CommonJS parse fails with ESM syntax (e.g. it starts with `import`) is
# reported as OK without being parsed as a module. So a .js file is copied to
# a .cjs and a .mjs name and accepted when either parse succeeds; a .mjs file
# is checked as it is.
def _node_check(path):
    r = subprocess.run(["node", "--check", str(path)], capture_output=True, text=True)
    if r.returncode == 0:
        return True, ""
    lines = [l for l in r.stderr.splitlines() if "Error" in l]
    return False, lines[0].strip() if lines else first_line(r.stderr)


def check_js(path):
    if path.suffix == ".mjs":
        ok, err = _node_check(path)
        return (True, "node --check ok (module)") if ok else (False, "node --check: " + err)
    text = path.read_bytes()
    with tempfile.TemporaryDirectory(prefix="tm2-js-") as tmp:
        errors = []
        for kind, suffix in (("CommonJS", ".cjs"), ("module", ".mjs")):
            copy = Path(tmp) / (path.stem + suffix)
            copy.write_bytes(text)
            ok, err = _node_check(copy)
            if ok:
                return True, f"node --check ok (as {kind})"
            errors.append(f"{kind}: {err}")
    return False, "node --check: " + " | ".join(errors)


# ---------------------------------------------------------------- TS
def check_ts_batch(paths):
    module = TS_DIR / "node_modules" / "typescript"
    if not module.exists():
        sys.exit(f"TypeScript not found under {TS_DIR}; run: npm install --prefix {TS_DIR} typescript@5")
    env = dict(os.environ, TM2_TS_MODULE=str(module))
    files = [str(p.resolve()) for p in paths]
    r = subprocess.run(
        ["node", "-e", TS_CHECK], input=json.dumps(files), capture_output=True, text=True, env=env
    )
    if r.returncode != 0:
        sys.exit("TypeScript check crashed:\n" + r.stderr)
    diags = json.loads(r.stdout)
    results = {}
    for p, f in zip(paths, files):
        msgs = diags.get(f, ["no result"])
        if msgs:
            results[p] = (False, f"tsc syntax ({len(msgs)}): " + msgs[0][:180])
        else:
            results[p] = (True, "ts syntax ok")
    return results


CHECKERS = {
    "json": ("json.tool", check_json),
    "yml": ("pyyaml", check_yaml),
    "yaml": ("pyyaml", check_yaml),
    "toml": ("tomllib", check_toml),
    "sh": ("bash -n", check_sh),
    "js": ("node --check", check_js),
    "mjs": ("node --check", check_js),
    "ts": ("typescript", None),
    "tsx": ("typescript", None),
}


def main(argv):
    root = Path(argv[1]) if len(argv) > 1 else Path(__file__).resolve().parent.parent
    files = []
    for folder in ("clean", "language-mismatch"):
        for p in sorted((root / folder).rglob("*")):
            if p.is_file():
                files.append((folder, p))
    ts_paths = [p for _, p in files if p.suffix in (".ts", ".tsx")]
    ts_results = check_ts_batch(ts_paths) if ts_paths else {}

    rows = ["folder\tfile\timplied_ext\tparser\tverdict\tdetail"]
    clean_failures = []
    accepted = defaultdict(Counter)
    for folder, p in files:
        ext = p.suffix[1:]
        if ext not in CHECKERS:
            ok, detail, parser = False, "no parser for this extension", "-"
        else:
            parser, fn = CHECKERS[ext]
            ok, detail = ts_results[p] if fn is None else fn(p)
        verdict = "accept" if ok else "reject"
        detail = detail.replace("\t", " ").replace("\n", " ")
        rows.append("\t".join([folder, p.name, ext, parser, verdict, detail]))
        accepted[(folder, ext)][verdict] += 1
        if folder == "clean" and not ok:
            clean_failures.append(f"{p.name}: {detail}")

    with open(root / "verification.tsv", "w", encoding="utf-8", newline="") as fh:
        fh.write("\n".join(rows) + "\n")

    for folder in ("clean", "language-mismatch"):
        print(f"{folder}:")
        for (f, ext), c in sorted(accepted.items()):
            if f == folder:
                print(f"  .{ext:<5} accept={c['accept']:>3} reject={c['reject']:>3}")
    print(f"wrote {root / 'verification.tsv'}")
    if clean_failures:
        print(f"\n{len(clean_failures)} clean file(s) FAILED their parser:")
        for line in clean_failures:
            print("  " + line)
        return 1
    print("all clean files pass their parser")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
