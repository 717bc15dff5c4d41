#!/usr/bin/env python3
"""Parser checks for the tune-b corpus.

Usage: python3 holdout/tune-b/generator/verify.py holdout/tune-b

Every file under clean/ and placeholder/ must be accepted by the real parser
of its language.  For truncated/ and llm-chatter/ the parser verdict is only
recorded, and compared with the `parser_accepts` column of manifest.tsv.

Parsers used:
  .yml/.yaml  PyYAML safe_load_all, plus: no duplicate mapping keys, no tab
              in indentation
  .sh         bash -n, and dash -n as well when the shebang is #!/bin/sh
  .js         node --check on stdin, as --input-type=commonjs and =module
              (accepted if either parses)
  .jsx/.ts/.tsx  TypeScript 5 program.getSyntacticDiagnostics()
              (TypeScript from /tmp/tb-ts, or TB_TS_DIR; install with
               npm install --prefix /tmp/tb-ts typescript@5)
"""
import json
import os
import subprocess
import sys
import tempfile

import yaml

RULE_FOLDERS = ("truncated", "placeholder", "llm-chatter")
MUST_PASS = ("clean", "placeholder")
LANG_BY_EXT = {
    ".yml": "yaml", ".yaml": "yaml", ".sh": "shell",
    ".js": "javascript", ".jsx": "javascript",
    ".ts": "typescript", ".tsx": "typescript",
}
TS_DIR = os.environ.get("TB_TS_DIR", "/tmp/tb-ts")


def language_of(path):
    return LANG_BY_EXT.get(os.path.splitext(path)[1])


class _DupKeyLoader(yaml.SafeLoader):
    pass


def _construct_mapping(loader, node, deep=False):
    seen = set()
    for key_node, _ in node.value:
        if key_node.tag == "tag:yaml.org,2002:merge":
            continue
        key = loader.construct_object(key_node, deep=True)
        try:
            hashable = key in seen
        except TypeError:
            continue
        if hashable:
            raise yaml.constructor.ConstructorError(
                None, None, "duplicate key %r" % (key,), key_node.start_mark)
        seen.add(key)
    return loader.construct_mapping(node, deep=deep)


_DupKeyLoader.add_constructor(
    yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def check_yaml(path):
    with open(path, encoding="utf-8", newline="") as fh:
        text = fh.read()
    for n, line in enumerate(text.split("\n"), 1):
        stripped = line.lstrip(" ")
        if stripped.startswith("\t"):
            return False, "tab indentation on line %d" % n
    try:
        list(yaml.safe_load_all(text))
    except yaml.YAMLError as exc:
        return False, "yaml: " + " ".join(str(exc).split())
    try:
        list(yaml.load_all(text, Loader=_DupKeyLoader))
    except yaml.YAMLError as exc:
        return False, "yaml dup: " + " ".join(str(exc).split())
    return True, ""


def check_shell(path):
    with open(path, encoding="utf-8", newline="") as fh:
        first = fh.readline()
    res = subprocess.run(["bash", "-n", path], capture_output=True, text=True)
    if res.returncode != 0:
        return False, "bash -n: " + " ".join(res.stderr.split())
    if first.startswith("#!/bin/sh") or first.startswith("#!/usr/bin/env sh"):
        res = subprocess.run(["dash", "-n", path], capture_output=True, text=True)
        if res.returncode != 0:
            return False, "dash -n: " + " ".join(res.stderr.split())
    return True, ""


def check_node(path):
    """node --check, as CommonJS and as an ES module; accepted if either parses.

    Plain `node --check FILE` is not used alone: on Node 20 a file that it
    detects as an ES module (import/export syntax) is reported as fine without
    being checked, so the file is fed on stdin with an explicit --input-type.
    """
    errors = []
    for kind in ("commonjs", "module"):
        with open(path, "rb") as fh:
            res = subprocess.run(["node", "--input-type=" + kind, "--check"],
                                 stdin=fh, capture_output=True, text=True)
        if res.returncode == 0:
            return True, ""
        lines = [l for l in res.stderr.splitlines() if "Error" in l]
        errors.append("%s: %s" % (kind, lines[0] if lines else res.stderr.strip()[:200]))
    return False, "node --check: " + "; ".join(errors)


_TS_SCRIPT = r"""
const ts = require(process.argv[2] + '/node_modules/typescript');
const files = JSON.parse(require('fs').readFileSync(process.argv[3], 'utf8'));
const out = {};
for (const f of files) {
  const program = ts.createProgram([f], {
    noResolve: true, noLib: true, allowJs: true, checkJs: false,
    jsx: ts.JsxEmit.Preserve, target: ts.ScriptTarget.ESNext,
    module: ts.ModuleKind.ESNext, noEmit: true, types: [],
  });
  const sf = program.getSourceFile(f);
  const diags = program.getSyntacticDiagnostics(sf);
  out[f] = diags.map(d => {
    const pos = d.file ? d.file.getLineAndCharacterOfPosition(d.start) : {line: 0};
    return 'line ' + (pos.line + 1) + ': ' +
      ts.flattenDiagnosticMessageText(d.messageText, ' ');
  });
}
process.stdout.write(JSON.stringify(out));
"""


def check_ts_batch(paths):
    """Return {path: (ok, detail)} using TypeScript syntactic diagnostics."""
    if not paths:
        return {}
    if not os.path.isdir(os.path.join(TS_DIR, "node_modules", "typescript")):
        sys.exit("TypeScript not found in %s; run: npm install --prefix %s typescript@5"
                 % (TS_DIR, TS_DIR))
    abspaths = [os.path.abspath(p) for p in paths]
    with tempfile.TemporaryDirectory() as tmp:
        script = os.path.join(tmp, "check.js")
        listing = os.path.join(tmp, "files.json")
        with open(script, "w") as fh:
            fh.write(_TS_SCRIPT)
        with open(listing, "w") as fh:
            json.dump(abspaths, fh)
        res = subprocess.run(["node", script, TS_DIR, listing],
                             capture_output=True, text=True)
    if res.returncode != 0:
        sys.exit("TypeScript check failed to run: " + res.stderr)
    data = json.loads(res.stdout)
    out = {}
    for p, ap in zip(paths, abspaths):
        diags = data.get(ap, ["file not seen by tsc"])
        out[p] = (not diags, "tsc: " + diags[0] if diags else "")
    return out


def check_files(paths):
    """Return {path: (ok, detail)} for a list of corpus files."""
    results = {}
    ts_like = []
    for p in paths:
        ext = os.path.splitext(p)[1]
        if ext in (".yml", ".yaml"):
            results[p] = check_yaml(p)
        elif ext == ".sh":
            results[p] = check_shell(p)
        elif ext == ".js":
            results[p] = check_node(p)
        elif ext in (".jsx", ".ts", ".tsx"):
            ts_like.append(p)
        else:
            results[p] = (False, "unknown extension")
    results.update(check_ts_batch(ts_like))
    return results


def corpus_files(root):
    out = []
    for folder in MUST_PASS + RULE_FOLDERS:
        base = os.path.join(root, folder)
        if not os.path.isdir(base):
            continue
        for dirpath, _, names in os.walk(base):
            for n in sorted(names):
                out.append(os.path.join(dirpath, n))
    return sorted(set(out))


def read_manifest(root):
    path = os.path.join(root, "manifest.tsv")
    rows = {}
    if not os.path.exists(path):
        return rows
    with open(path, encoding="utf-8") as fh:
        header = fh.readline().rstrip("\n").split("\t")
        for line in fh:
            cols = dict(zip(header, line.rstrip("\n").split("\t")))
            rows[(cols["folder"], cols["file"])] = cols
    return rows


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..")
    files = corpus_files(root)
    results = check_files(files)
    manifest = read_manifest(root)
    failures = 0
    mismatches = 0
    counts = {}
    accepted = {}
    for p in files:
        rel = os.path.relpath(p, root)
        folder = rel.split(os.sep)[0]
        fname = os.path.relpath(p, os.path.join(root, folder))
        lang = language_of(p)
        ok, detail = results[p]
        counts[(folder, lang)] = counts.get((folder, lang), 0) + 1
        if ok:
            accepted[(folder, lang)] = accepted.get((folder, lang), 0) + 1
        if folder in MUST_PASS and not ok:
            failures += 1
            print("FAIL  %-60s %s" % (rel, detail))
        row = manifest.get((folder, fname))
        if manifest and row is None:
            mismatches += 1
            print("NOT IN MANIFEST  %s" % rel)
        elif row is not None and row["parser_accepts"] != ("yes" if ok else "no"):
            mismatches += 1
            print("MANIFEST MISMATCH  %s manifest=%s parser=%s"
                  % (rel, row["parser_accepts"], "yes" if ok else "no"))
        if folder in RULE_FOLDERS and folder != "placeholder":
            print("%-7s %-62s %s" % ("accept" if ok else "reject", rel, detail))
    print()
    print("%-12s %-11s %5s %8s" % ("folder", "language", "files", "accepted"))
    for (folder, lang) in sorted(counts):
        print("%-12s %-11s %5d %8d" % (folder, lang, counts[(folder, lang)],
                                       accepted.get((folder, lang), 0)))
    print("total files: %d" % len(files))
    if failures or mismatches:
        print("%d clean/placeholder file(s) rejected by their parser, %d manifest mismatch(es)"
              % (failures, mismatches))
        sys.exit(1)
    print("OK: every clean/ and placeholder/ file passes its parser; manifest agrees")


if __name__ == "__main__":
    main()
