#!/usr/bin/env python3
"""Write the tune-i corpus, manifest.tsv and verification.tsv.

Run with a Python that has ruamel.yaml and PyYAML installed, e.g.
    /tmp/tunei-venv/bin/python build.py
Environment:
    TUNEI_NODE_MODULES  node_modules dir holding typescript@5 and @babel/parser
                        (default /tmp/tunei-tools/node_modules)
"""
import importlib
import io
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
from ruamel.yaml import YAML

sys.dont_write_bytecode = True

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

MODULES = ["ph_js", "ph_ts", "ph_sh", "chatter_yaml", "chatter_sh",
           "mm_yaml", "mm_toml", "mm_json", "trunc", "clean"]
NODE_MODULES = os.environ.get("TUNEI_NODE_MODULES", "/tmp/tunei-tools/node_modules")

EXPECTED = {
    ("placeholder", "JavaScript"): 20, ("placeholder", "TypeScript"): 20, ("placeholder", "shell"): 20,
    ("llm-chatter", "YAML"): 20, ("llm-chatter", "shell"): 20,
    ("language-mismatch", "YAML"): 20, ("language-mismatch", "TOML"): 20, ("language-mismatch", "JSON"): 20,
    ("truncated", "YAML"): 15, ("truncated", "JSON"): 10, ("truncated", "TOML"): 10,
    ("clean", "JavaScript"): 8, ("clean", "TypeScript"): 8, ("clean", "shell"): 8,
    ("clean", "YAML"): 8, ("clean", "TOML"): 4, ("clean", "JSON"): 4,
}


def load_entries():
    entries = []
    for m in MODULES:
        try:
            mod = importlib.import_module(m)
        except ModuleNotFoundError as e:
            if e.name == m:
                print(f"warning: module {m} missing", file=sys.stderr)
                continue
            raise
        entries.extend(mod.FILES)
    return entries


# ------------------------------------------------------------------ checkers
def first_line(s):
    for line in str(s).splitlines():
        if line.strip():
            return line.strip()
    return str(s).strip()


def check_yaml(text):
    res = []
    try:
        y = YAML(typ="rt")
        list(y.load_all(text))
        res.append(("ruamel.yaml round-trip load_all", "ok", ""))
    except Exception as e:  # noqa: BLE001
        res.append(("ruamel.yaml round-trip load_all", "rejected", f"{type(e).__name__}: {' '.join(str(e).split())[:220]}"))
    try:
        list(yaml.compose_all(text, Loader=yaml.SafeLoader))
        res.append(("PyYAML compose_all SafeLoader", "ok", ""))
    except Exception as e:  # noqa: BLE001
        res.append(("PyYAML compose_all SafeLoader", "rejected", f"{type(e).__name__}: {' '.join(str(e).split())[:220]}"))
    return res


def check_toml(text):
    try:
        tomllib.loads(text)
        return [("python tomllib", "ok", "")]
    except Exception as e:  # noqa: BLE001
        return [("python tomllib", "rejected", f"{type(e).__name__}: {e}")]


def check_json(text):
    try:
        json.loads(text)
        return [("python json", "ok", "")]
    except Exception as e:  # noqa: BLE001
        return [("python json", "rejected", f"{type(e).__name__}: {e}")]


SH_SHEBANG = re.compile(r"^#!\s*(/bin/sh|/usr/bin/env\s+sh)\s*$")


def check_shell(path, text):
    res = []
    p = subprocess.run(["bash", "-n", str(path)], capture_output=True, text=True)
    res.append(("bash -n", "ok" if p.returncode == 0 else "rejected",
                " ".join(p.stderr.replace(str(path), "FILE").split())[:240]))
    first = text.split("\n", 1)[0]
    if SH_SHEBANG.match(first):
        p = subprocess.run(["dash", "-n", str(path)], capture_output=True, text=True)
        res.append(("dash -n", "ok" if p.returncode == 0 else "rejected",
                    " ".join(p.stderr.replace(str(path), "FILE").split())[:240]))
    return res


ESM_RE = re.compile(r"^\s*(import\s|import\{|export\s|export\{)", re.M)


def js_is_esm(e):
    if "esm" in e.meta:
        return e.meta["esm"]
    if e.path.endswith(".mjs"):
        return True
    if e.path.endswith(".cjs"):
        return False
    return bool(ESM_RE.search(e.body))


def check_node(e, scratch, idx):
    d = scratch / str(idx)
    d.mkdir(parents=True)
    f = d / Path(e.path).name
    f.write_text(e.body, encoding="utf-8")
    esm = js_is_esm(e)
    cmd = ["node"] + (["--experimental-default-type=module"] if esm else []) + ["--check", str(f)]
    p = subprocess.run(cmd, capture_output=True, text=True)
    name = "node --check" + (" --experimental-default-type=module" if esm else " (CommonJS)")
    detail = ""
    if p.returncode != 0:
        lines = [l for l in p.stderr.splitlines() if "Error" in l]
        detail = lines[0].strip() if lines else first_line(p.stderr)
        m = re.search(re.escape(str(f)) + r":(\d+)", p.stderr)
        if m:
            detail = f"line {m.group(1)}: {detail}"
    return (name, "ok" if p.returncode == 0 else "rejected", detail)


def short_name(checker):
    for key, short in (("ruamel", "ruamel.yaml"), ("PyYAML", "PyYAML"), ("tomllib", "tomllib"),
                       ("python json", "json"), ("bash -n", "bash -n"), ("dash -n", "dash -n"),
                       ("node --check", "node --check"), ("@babel/parser", "@babel/parser"),
                       ("typescript", "typescript")):
        if key in checker:
            return short
    return checker


def parser_summary(res):
    ok = [short_name(c) for c, r, _ in res if r == "ok"]
    rej = [short_name(c) for c, r, _ in res if r != "ok"]
    if not ok:
        return "rejected by " + ", ".join(rej)
    if not rej:
        return "still accepted by " + ", ".join(ok)
    return "accepted by " + ", ".join(ok) + "; rejected by " + ", ".join(rej)


# ------------------------------------------------------------------ requirement
def requirement(e):
    k = e.kind
    if k in ("clean", "ph-comment", "chat-comment"):
        return "all-ok"
    if k == "ph-break":
        return "all-rejected"
    if k == "mm" and e.language in ("TOML", "JSON"):
        return "all-rejected"
    return None


def main():
    entries = load_entries()
    # sanity: unique paths, labels, counts
    seen = set()
    for e in entries:
        key = (e.label, e.path)
        assert key not in seen, key
        seen.add(key)
    counts = Counter((e.label, e.language) for e in entries)
    problems = []
    for k, v in EXPECTED.items():
        if counts.get(k, 0) != v:
            problems.append(f"count {k}: {counts.get(k, 0)} != {v}")
    # placeholder marker lines must not repeat
    mk = defaultdict(list)
    for e in entries:
        if e.label == "placeholder":
            mk[e.marker_text.lower()].append(e.path)
    for t, ps in mk.items():
        if len(ps) > 1:
            problems.append(f"placeholder marker reused: {t!r} in {ps}")
    for e in entries:
        if e.label == "placeholder" and not 15 <= e.nlines <= 60:
            problems.append(f"placeholder length {e.nlines}: {e.path}")

    # write files
    for label in sorted({e.label for e in entries}):
        d = ROOT / label
        if d.exists():
            shutil.rmtree(d)
    for e in entries:
        p = ROOT / e.label / e.path
        p.parent.mkdir(parents=True, exist_ok=True)
        with open(p, "w", encoding="utf-8", newline="") as fh:
            fh.write(e.body)

    # verify
    results = defaultdict(list)  # rel -> [(checker, result, detail)]
    scratch = Path(tempfile.mkdtemp(prefix="tunei-check-"))
    jobs = []
    for i, e in enumerate(entries):
        rel = f"{e.label}/{e.path}"
        p = ROOT / rel
        if e.language == "YAML":
            results[rel] += check_yaml(e.body)
        elif e.language == "TOML":
            results[rel] += check_toml(e.body)
        elif e.language == "JSON":
            results[rel] += check_json(e.body)
        elif e.language == "shell":
            results[rel] += check_shell(p, e.body)
        elif e.language == "JavaScript":
            if not e.path.endswith(".jsx"):
                results[rel].append(check_node(e, scratch, i))
            jobs.append({"path": str(p), "rel": rel, "lang": "js", "esm": js_is_esm(e),
                         "jsx": e.path.endswith(".jsx")})
        elif e.language == "TypeScript":
            jobs.append({"path": str(p), "rel": rel, "lang": "ts", "esm": True,
                         "jsx": e.path.endswith(".tsx")})
    if jobs:
        jf = scratch / "jobs.json"
        jf.write_text(json.dumps(jobs))
        p = subprocess.run(["node", str(HERE / "check_js.js"), NODE_MODULES, str(jf)],
                           capture_output=True, text=True, check=True)
        by_path = {j["path"]: j["rel"] for j in jobs}
        for r in json.loads(p.stdout):
            results[by_path[r["path"]]].append((r["checker"], r["result"], r["detail"]))
    shutil.rmtree(scratch)

    # requirements
    status = {}
    for e in entries:
        rel = f"{e.label}/{e.path}"
        req = requirement(e)
        rs = [r for _, r, _ in results[rel]]
        if req == "all-ok":
            met = all(r == "ok" for r in rs)
        elif req == "all-rejected":
            met = all(r == "rejected" for r in rs)
        else:
            met = None
        status[rel] = (req, met)
        if met is False:
            problems.append(f"requirement {req} not met: {rel}: {results[rel]}")

    # manifest
    with open(ROOT / "manifest.tsv", "w", encoding="utf-8", newline="") as fh:
        fh.write("folder\tfile\tlanguage\tnote\n")
        for e in entries:
            note = e.note
            if e.kind in ("mm", "trunc", "chat-prose"):
                note += "; " + parser_summary(results[f"{e.label}/{e.path}"])
            assert "\t" not in note and "\n" not in note
            fh.write(f"{e.label}\t{e.path}\t{e.language}\t{note}\n")
    with open(ROOT / "verification.tsv", "w", encoding="utf-8", newline="") as fh:
        fh.write("path\tchecker\tresult\tdetail\n")
        for e in entries:
            rel = f"{e.label}/{e.path}"
            for c, r, d in results[rel]:
                d = " ".join(str(d).replace("\t", " ").split())
                fh.write(f"{rel}\t{c}\t{r}\t{d}\n")
    # machine-readable summary for readme.py
    summary = []
    for e in entries:
        rel = f"{e.label}/{e.path}"
        summary.append({
            "label": e.label, "path": e.path, "language": e.language, "kind": e.kind,
            "meta": {k: v for k, v in e.meta.items() if isinstance(v, (str, bool, int))},
            "lines": e.nlines, "final_newline": e.final_newline, "line": e.line,
            "requirement": status[rel][0], "met": status[rel][1],
            "results": results[rel],
        })
    (HERE / "results.json").write_text(json.dumps(summary, indent=1, ensure_ascii=False))
    print(f"{len(entries)} files written")
    for k in sorted(counts):
        print(f"  {k[0]:18} {k[1]:10} {counts[k]}")
    if problems:
        print("PROBLEMS:")
        for p in problems:
            print("  " + p)
        return 1
    print("all requirements met")
    return 0


if __name__ == "__main__":
    sys.exit(main())
