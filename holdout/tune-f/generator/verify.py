#!/usr/bin/env python3
"""Run independent parsers over the tune-f corpus and write verification.tsv.

Checkers: json (stdlib), tomllib (stdlib), ruamel.yaml (YAML 1.2, round-trip
loader) and PyYAML safe_load_all (YAML 1.1), bash -n, dash -n (for #!/bin/sh
files), node --check (.js/.mjs/.cjs), TypeScript transpileModule syntactic
diagnostics (.ts/.tsx/.js/.jsx/.mjs/.cjs).
"""
import io, json, os, subprocess, sys, tempfile, shutil, tomllib, warnings
from collections import defaultdict

warnings.simplefilter("ignore")
import yaml as pyyaml
from ruamel.yaml import YAML

ROOT = sys.argv[1] if len(sys.argv) > 1 else "/work/main/holdout/tune-f"
HERE = os.path.dirname(os.path.abspath(__file__))
LABELS = ["placeholder", "llm-chatter", "language-mismatch", "truncated", "clean"]


def one_line(s, n=220):
    s = " ".join(str(s).split())
    return s[:n]


def kind(path):
    p = path.lower()
    for ext, k in ((".json", "json"), (".toml", "toml"), (".yml", "yaml"), (".yaml", "yaml"),
                   (".sh", "shell"), (".bash", "shell"), (".tsx", "ts"), (".ts", "ts"),
                   (".jsx", "jsx"), (".mjs", "js"), (".cjs", "js"), (".js", "js")):
        if p.endswith(ext):
            return k
    return None


def chk_json(text):
    try:
        json.loads(text)
        return "accepted", ""
    except json.JSONDecodeError as e:
        return "rejected", f"{e.msg} (line {e.lineno} col {e.colno})"


def chk_toml(text):
    try:
        tomllib.loads(text)
        return "accepted", ""
    except tomllib.TOMLDecodeError as e:
        return "rejected", str(e)


def chk_ruamel(text):
    y = YAML(typ="rt")
    try:
        docs = list(y.load_all(text))
        return "accepted", f"{len(docs)} document(s)"
    except Exception as e:  # noqa: BLE001
        return "rejected", f"{type(e).__name__}: {e}"


def chk_pyyaml(text):
    try:
        docs = list(pyyaml.safe_load_all(text))
        return "accepted", f"{len(docs)} document(s)"
    except Exception as e:  # noqa: BLE001
        return "rejected", f"{type(e).__name__}: {e}"


def run(cmd):
    p = subprocess.run(cmd, capture_output=True, text=True)
    return p.returncode, (p.stderr or p.stdout)


def chk_sh(shell, path):
    rc, err = run([shell, "-n", path])
    err = err.replace(path, "FILE")
    if rc == 0:
        return "accepted", ("warning: " + err) if err.strip() else ""
    return "rejected", err


def chk_node(path, tmp):
    """node --check; .js is tried as CommonJS and then as an ES module (copied to a
    temp dir so no package.json of the corpus influences the module type)."""
    ext = os.path.splitext(path)[1]
    tries = [ext] if ext in (".mjs", ".cjs") else [".cjs", ".mjs"]
    errs = []
    for t in tries:
        dst = os.path.join(tmp, "check" + t)
        shutil.copyfile(path, dst)
        rc, err = run(["node", "--check", dst])
        if rc == 0:
            return "accepted", ("as ES module" if t == ".mjs" else "as CommonJS")
        msg = [l for l in err.splitlines() if "Error" in l]
        errs.append(("ESM: " if t == ".mjs" else "CJS: ") + (msg[0] if msg else one_line(err)))
    return "rejected", "; ".join(errs)


def main():
    files = []
    for lab in LABELS:
        for d, _, fs in os.walk(os.path.join(ROOT, lab)):
            for f in sorted(fs):
                full = os.path.join(d, f)
                files.append((lab, os.path.relpath(full, ROOT), full))
    files.sort()
    ts_inputs = [full for _, _, full in files if kind(full) in ("ts", "js", "jsx")]
    ts_res = {}
    if ts_inputs:
        p = subprocess.run(["node", os.path.join(HERE, "tscheck.js")], input="\n".join(ts_inputs),
                           capture_output=True, text=True, cwd=HERE, check=True)
        for line in p.stdout.splitlines():
            r = json.loads(line)
            ts_res[r["file"]] = r
    rows = []
    tmp = tempfile.mkdtemp()
    for lab, rel, full in files:
        with open(full, encoding="utf-8", newline="") as fh:
            text = fh.read()
        k = kind(full)
        res = []
        if k == "json":
            res.append(("json", *chk_json(text)))
        elif k == "toml":
            res.append(("tomllib", *chk_toml(text)))
        elif k == "yaml":
            res.append(("ruamel.yaml", *chk_ruamel(text)))
            res.append(("pyyaml", *chk_pyyaml(text)))
        elif k == "shell":
            res.append(("bash -n", *chk_sh("bash", full)))
            first = text.split("\n", 1)[0].strip()
            if first in ("#!/bin/sh", "#! /bin/sh", "#!/usr/bin/env sh"):
                res.append(("dash -n", *chk_sh("dash", full)))
        if k == "js":
            res.append(("node --check", *chk_node(full, tmp)))
        if k in ("ts", "js", "jsx"):
            d = ts_res[full]["diags"]
            res.append(("typescript", "rejected" if d else "accepted", "; ".join(d[:2])))
        for checker, result, detail in res:
            rows.append((rel, checker, result, one_line(detail).replace("\t", " ")))
    shutil.rmtree(tmp)
    with open(os.path.join(ROOT, "verification.tsv"), "w", encoding="utf-8", newline="") as fh:
        fh.write("path\tchecker\tresult\tdetail\n")
        for r in rows:
            fh.write("\t".join(r) + "\n")
    print(len(files), "files,", len(rows), "checks")


if __name__ == "__main__":
    main()
