#!/usr/bin/env python3
"""Parse every corpus file with real parsers and write verification.tsv.

Needs (outside the repository):
  /tmp/tuneg-venv   python venv with ruamel.yaml and PyYAML
  /tmp/tuneg-npm    npm folder with typescript@5 and @babel/parser
Run with the venv's python:  /tmp/tuneg-venv/bin/python generator/verify.py
"""
import importlib
import json
import os
import re
import subprocess
import sys
import tomllib

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import common  # noqa: E402
import build  # noqa: E402

import ruamel.yaml  # noqa: E402
import yaml as pyyaml  # noqa: E402

NPM = os.environ.get("TUNEG_NPM", "/tmp/tuneg-npm")


def first_line(msg):
    msg = " ".join(str(msg).split())
    return msg[:220]


def ruamel_check(text):
    try:
        y = ruamel.yaml.YAML(typ="rt")
        list(y.load_all(text))
        return True, ""
    except Exception as e:  # noqa: BLE001
        return False, f"{type(e).__name__}: {first_line(e)}"


def pyyaml_check(text):
    try:
        list(pyyaml.safe_load_all(text))
        return True, ""
    except Exception as e:  # noqa: BLE001
        return False, f"{type(e).__name__}: {first_line(e)}"


def toml_check(text):
    try:
        tomllib.loads(text)
        return True, ""
    except Exception as e:  # noqa: BLE001
        return False, f"{type(e).__name__}: {first_line(e)}"


def json_check(text):
    try:
        json.loads(text)
        return True, ""
    except Exception as e:  # noqa: BLE001
        return False, f"{type(e).__name__}: {first_line(e)}"


def run_check(cmd):
    p = subprocess.run(cmd, capture_output=True, text=True)
    err = (p.stderr or p.stdout).strip().splitlines()
    # keep the most telling line (node prints the SyntaxError a few lines down)
    pick = ""
    for line in err:
        if "Error" in line or "error" in line:
            pick = line
            break
    if not pick and err:
        pick = err[0]
    return p.returncode == 0, first_line(pick)


def versions():
    v = {}
    v["ruamel"] = f"ruamel.yaml {ruamel.yaml.__version__}"
    v["pyyaml"] = f"PyYAML {pyyaml.__version__}"
    v["toml"] = f"tomllib (Python {sys.version.split()[0]})"
    v["json"] = f"json (Python {sys.version.split()[0]})"
    bash = subprocess.run(["bash", "--version"], capture_output=True, text=True).stdout.splitlines()[0]
    v["bash"] = "bash " + re.search(r"version (\S+)", bash).group(1)
    dpkg = subprocess.run(["dpkg-query", "-W", "-f=${Version}", "dash"], capture_output=True, text=True).stdout.strip()
    v["dash"] = f"dash {dpkg or '?'}"
    v["node"] = "node " + subprocess.run(["node", "--version"], capture_output=True, text=True).stdout.strip()
    return v


def main():
    for name in build.MODULES:
        if os.path.exists(os.path.join(HERE, name + ".py")):
            importlib.import_module(name)
    V = versions()

    # JS/TS go through one node process
    jsfiles = [e for e in common.ENTRIES if os.path.splitext(e["path"])[1] in (".js", ".jsx", ".mjs", ".ts", ".tsx")]
    jsres = {}
    if jsfiles:
        paths = [os.path.join(ROOT, e["label"], e["path"]) for e in jsfiles]
        p = subprocess.run(["node", os.path.join(HERE, "jscheck.js"), *paths], capture_output=True, text=True,
                           env={**os.environ, "TUNEG_NPM": NPM}, check=True)
        for line in p.stdout.splitlines():
            r = json.loads(line)
            jsres.setdefault(r["file"], []).append((r["parser"], r["ok"], first_line(r["error"])))
            if r["parser"].startswith("typescript"):
                V["typescript"] = r["parser"]
            else:
                V["babel"] = r["parser"]

    rows = []
    for e in common.ENTRIES:
        f = os.path.join(ROOT, e["label"], e["path"])
        with open(f, encoding="utf-8", newline="") as fh:
            text = fh.read()
        ext = os.path.splitext(f)[1]
        res = []  # (parser, ok, err)
        if ext in (".yml", ".yaml"):
            res.append((V["ruamel"], *ruamel_check(text)))
            res.append((V["pyyaml"], *pyyaml_check(text)))
        elif ext == ".toml":
            res.append((V["toml"], *toml_check(text)))
        elif ext == ".json":
            res.append((V["json"], *json_check(text)))
        elif ext in (".sh", ".bash"):
            res.append((V["bash"] + " -n", *run_check(["bash", "-n", f])))
            # dash too when a #!/bin/sh shebang is among the first lines
            # (chatter files may have a prose line before the shebang)
            if any(l.startswith("#!/bin/sh") for l in text.split("\n")[:3]):
                res.append((V["dash"] + " -n", *run_check(["dash", "-n", f])))
        elif ext in (".js", ".mjs"):
            # node 20 exits 0 without checking a .js file whose CommonJS parse
            # fails on import/export, so ESM-looking .js files get module mode
            if ext == ".js" and re.search(r"^\s*(import|export)\b[^(]", text, re.M):
                res.append((V["node"] + " --experimental-default-type=module --check",
                            *run_check(["node", "--experimental-default-type=module", "--check", f])))
            else:
                res.append((V["node"] + " --check", *run_check(["node", "--check", f])))
            res += [r for r in jsres[f] if r[0].startswith("@babel")]
        elif ext == ".jsx":
            res += jsres[f]
        elif ext in (".ts", ".tsx"):
            res += sorted(jsres[f], key=lambda r: not r[0].startswith("typescript"))
        else:
            raise SystemExit(f"no parser for {f}")

        acc = [ok for _, ok, _ in res]
        label, kind = e["label"], e["kind"]
        if label == "clean" or (label == "placeholder" and kind == "comment"):
            expected = "accepted by all parsers"
            check = "PASS" if all(acc) else "FAIL"
        elif label == "placeholder":
            expected = "rejected (syntax-breaking marker)"
            check = "PASS" if not any(acc) else ("NOTE: accepted by some parsers" if not all(acc) else "NOTE: accepted; marker is only a runtime failure")
        elif label == "language-mismatch":
            expected = "rejected by the extension's parser"
            if not any(acc):
                check = "PASS"
            elif ext in (".yml", ".yaml"):
                other = re.search(r"contains (.*)\)", e["lang"]).group(1)
                check = f"PASS-HUMAN: YAML accepts it, but it is clearly {other} to a human"
                expected = "rejected by YAML, or clearly another language to a human"
            else:
                check = "FAIL"
        else:  # llm-chatter, truncated: record only
            expected = "recorded (either outcome is realistic)"
            if all(acc):
                check = "RECORDED: parses"
            elif not any(acc):
                check = "RECORDED: rejected"
            else:
                check = "RECORDED: parsers disagree"
        result = "; ".join(f"{p}={'accept' if ok else 'reject'}" for p, ok, _ in res)
        errors = " | ".join(f"{p.split()[0]}: {err}" for p, ok, err in res if not ok) or "-"
        rows.append((e["label"], e["path"], e["lang"], result, errors.replace("\t", " "), expected, check))

    with open(os.path.join(ROOT, "verification.tsv"), "w", encoding="utf-8", newline="") as fh:
        fh.write("folder\tfile\tlanguage\tparser_results\terrors\texpected\tcheck\n")
        for r in rows:
            fh.write("\t".join(r) + "\n")
    with open(os.path.join(HERE, "versions.json"), "w") as fh:
        json.dump(V, fh, indent=2)
    fails = [r for r in rows if r[6] == "FAIL"]
    print(f"verified {len(rows)} files; {len(fails)} FAIL")
    for r in fails:
        print("FAIL", r[0], r[1], r[4])
    from collections import Counter
    print(Counter((r[0], r[6].split(':')[0]) for r in rows))


if __name__ == "__main__":
    main()
