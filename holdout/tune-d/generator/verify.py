#!/usr/bin/env python3
"""Check every tune-d file (and every generator base) with its real parser.

Run with the venv interpreter that has ruamel.yaml installed:

    python3 -m venv /tmp/tdvenv && /tmp/tdvenv/bin/pip install ruamel.yaml
    npm install --prefix /tmp/tdref typescript@5
    /tmp/tdvenv/bin/python holdout/tune-d/generator/verify.py

Writes tune-d/verification.tsv (corpus files) and
tune-d/generator/bases_verification.tsv (the valid bases the defects were made
from).  Exit status is 1 if any clean/ file or any base is rejected.

Parsers
  .yml/.yaml  ruamel.yaml YAML(typ="rt").load_all (fully consumed)
  .sh/.bash   bash -n  (rejected if exit != 0 or stderr mentions "syntax error");
              additionally dash -n when the first line is #!/bin/sh
  .mjs/.cjs   node --check FILE
  .js         node --input-type=module|commonjs --check < FILE
              (module when a line starts with import/export)
  .ts/.tsx/.jsx  TypeScript ts.createSourceFile(...).parseDiagnostics
"""
import json
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
FOLDERS = ["placeholder", "llm-chatter", "truncated", "clean"]
TS_PREFIX = os.environ.get("TDREF", "/tmp/tdref")

try:
    from ruamel.yaml import YAML
    import ruamel.yaml
except ImportError:
    sys.exit("ruamel.yaml missing: run with /tmp/tdvenv/bin/python (see docstring)")


def clean(s):
    return re.sub(r"\s+", " ", s).strip()[:300]


def check_yaml(path):
    yaml = YAML(typ="rt")
    try:
        with open(path, encoding="utf-8") as f:
            docs = list(yaml.load_all(f))
    except Exception as e:  # noqa: BLE001 - any parser error is a rejection
        msg = str(e)
        return "rejected", clean(type(e).__name__ + ": " + msg)
    return "accepted", f"{len(docs)} document(s)"


def run(cmd, stdin=None):
    p = subprocess.run(cmd, input=stdin, capture_output=True, text=True)
    return p.returncode, p.stderr


def check_shell(path):
    with open(path, encoding="utf-8") as f:
        first = f.readline().rstrip("\n")
    parsers = ["bash -n"]
    results = []
    rc, err = run(["bash", "-n", path])
    err = err.replace(path, os.path.basename(path))
    results.append(("bash", rc, err))
    if first.strip() == "#!/bin/sh":
        parsers.append("dash -n")
        rc2, err2 = run(["dash", "-n", path])
        results.append(("dash", rc2, err2.replace(path, os.path.basename(path))))
    verdict = "accepted"
    details = []
    for name, rc, err in results:
        bad = rc != 0 or "syntax error" in err
        if bad:
            verdict = "rejected"
        if err.strip():
            details.append(f"{name}: {clean(err)}")
        elif bad:
            details.append(f"{name}: exit {rc}")
    return "+".join(parsers), verdict, "; ".join(details) or "ok"


def node_detail(err):
    lines = [l for l in err.splitlines() if l.strip()]
    loc = next((l for l in lines if re.search(r":\d+$", l)), "")
    syn = next((l for l in lines if "Error" in l), lines[0] if lines else "")
    loc = re.sub(r"^.*/", "", loc)
    return clean(f"{loc} {syn}")


def check_node(path):
    ext = path.rsplit(".", 1)[-1]
    if ext in ("mjs", "cjs"):
        rc, err = run(["node", "--check", path])
        parser = "node --check"
    else:
        with open(path, encoding="utf-8") as f:
            text = f.read()
        mode = "module" if re.search(r"^\s*(import|export)\b", text, re.M) else "commonjs"
        rc, err = run(["node", f"--input-type={mode}", "--check"], stdin=text)
        parser = f"node --input-type={mode} --check"
    if rc == 0:
        return parser, "accepted", "ok"
    return parser, "rejected", node_detail(err)


TS_SCRIPT = r"""
const ts = require(process.argv[2] + "/node_modules/typescript");
const fs = require("fs");
const files = JSON.parse(fs.readFileSync(0, "utf8"));
const out = {};
for (const f of files) {
  const text = fs.readFileSync(f, "utf8");
  const kind = f.endsWith(".tsx") ? ts.ScriptKind.TSX : f.endsWith(".jsx") ? ts.ScriptKind.JSX : ts.ScriptKind.TS;
  const sf = ts.createSourceFile(f, text, ts.ScriptTarget.Latest, true, kind);
  out[f] = sf.parseDiagnostics.map((d) => {
    const p = sf.getLineAndCharacterOfPosition(d.start);
    return `${p.line + 1}:${p.character + 1} TS${d.code} ${ts.flattenDiagnosticMessageText(d.messageText, " ")}`;
  });
}
process.stdout.write(JSON.stringify({ version: ts.version, out }));
"""


def check_ts_batch(paths):
    if not paths:
        return {}, None
    with tempfile.NamedTemporaryFile("w", suffix=".cjs", delete=False) as f:
        f.write(TS_SCRIPT)
        script = f.name
    try:
        p = subprocess.run(["node", script, TS_PREFIX], input=json.dumps(paths),
                           capture_output=True, text=True, check=True)
    finally:
        os.unlink(script)
    data = json.loads(p.stdout)
    return data["out"], data["version"]


def check_tree(base_dir):
    rows = []
    ts_files = []
    ts_version = None
    for folder in FOLDERS:
        d = os.path.join(base_dir, folder)
        if not os.path.isdir(d):
            continue
        for name in sorted(os.listdir(d)):
            path = os.path.join(d, name)
            ext = name.rsplit(".", 1)[-1]
            if ext in ("yml", "yaml"):
                v, det = check_yaml(path)
                rows.append([folder, name, f"ruamel.yaml {ruamel.yaml.__version__} rt load_all", v, det])
            elif ext in ("sh", "bash"):
                parser, v, det = check_shell(path)
                rows.append([folder, name, parser, v, det])
            elif ext in ("js", "mjs", "cjs"):
                parser, v, det = check_node(path)
                rows.append([folder, name, parser, v, det])
            elif ext in ("ts", "tsx", "jsx"):
                ts_files.append(path)
                rows.append([folder, name, None, None, path])
            else:
                rows.append([folder, name, "none", "unchecked", "unknown extension"])
    diags, ts_version = check_ts_batch(ts_files)
    for r in rows:
        if r[2] is None:
            path = r[4]
            ds = diags[path]
            r[2] = f"typescript {ts_version} parseDiagnostics"
            r[3] = "rejected" if ds else "accepted"
            r[4] = clean("; ".join(ds[:3])) if ds else "ok"
    return rows


def write_tsv(path, rows):
    with open(path, "w", encoding="utf-8") as f:
        f.write("folder\tfile\tparser\tverdict\tdetail\n")
        for r in rows:
            f.write("\t".join(str(c).replace("\t", " ") for c in r) + "\n")


def summarize(title, rows):
    print(title)
    agg = {}
    for folder, name, parser, v, _ in rows:
        lang = parser.split()[0]
        k = (folder, lang)
        a = agg.setdefault(k, [0, 0])
        a[0 if v == "accepted" else 1] += 1
    for (folder, lang), (acc, rej) in sorted(agg.items()):
        print(f"  {folder:12s} {lang:11s} accepted {acc:3d}  rejected {rej:3d}")


def main():
    rows = check_tree(ROOT)
    write_tsv(os.path.join(ROOT, "verification.tsv"), rows)
    summarize("corpus (verification.tsv):", rows)
    base_rows = check_tree(os.path.join(HERE, "bases"))
    write_tsv(os.path.join(HERE, "bases_verification.tsv"), base_rows)
    summarize("bases (generator/bases_verification.tsv):", base_rows)
    problems = [r for r in rows if r[0] == "clean" and r[3] != "accepted"]
    problems += [["bases/" + r[0]] + r[1:] for r in base_rows if r[3] != "accepted"]
    for p in problems:
        print("PROBLEM:", "\t".join(p))
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
