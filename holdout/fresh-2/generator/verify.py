"""Parse every generated file with real parsers and write ../verification.tsv.

Tools (installed outside /work/main):
  /tmp/hvenv  : python venv with ruamel.yaml and PyYAML  (run this script with it)
  /tmp/hnode  : npm dir with typescript@5 and @babel/parser
"""
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import tomllib

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import build  # noqa: E402

NODE_DIR = "/tmp/hnode"

NODE_HELPER = r'''
const fs = require('fs');
const babel = require('@babel/parser');
const ts = require('typescript');
const jobs = JSON.parse(fs.readFileSync(0, 'utf8'));
const out = [];
for (const j of jobs) {
  const text = fs.readFileSync(j.path, 'utf8');
  if (j.kind === 'babel') {
    const plugins = j.jsx ? ['jsx'] : [];
    try {
      babel.parse(text, { sourceType: j.sourceType, plugins, errorRecovery: false });
      out.push({ path: j.path, ok: true, detail: 'sourceType=' + j.sourceType + (j.jsx ? '+jsx' : '') });
    } catch (e) {
      out.push({ path: j.path, ok: false, detail: String(e.message).split('\n')[0] });
    }
  } else if (j.kind === 'ts') {
    const kind = j.path.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
    const sf = ts.createSourceFile(j.path, text, ts.ScriptTarget.Latest, true, kind);
    const host = ts.createCompilerHost({});
    const orig = host.getSourceFile;
    host.getSourceFile = (name, lang, onErr, create) =>
      name === j.path ? sf : orig.call(host, name, lang, onErr, create);
    const program = ts.createProgram({ rootNames: [j.path],
      options: { noResolve: true, noLib: true, jsx: ts.JsxEmit.Preserve, allowJs: false }, host });
    const diags = program.getSyntacticDiagnostics(sf);
    if (diags.length === 0) out.push({ path: j.path, ok: true, detail: 'TS ' + ts.version + ' 0 syntactic diagnostics' });
    else {
      const d = diags[0];
      const pos = d.start !== undefined ? sf.getLineAndCharacterOfPosition(d.start) : { line: -1, character: -1 };
      out.push({ path: j.path, ok: false, detail: `TS ${ts.version} ${diags.length} diag(s); first TS${d.code} at ${pos.line + 1}:${pos.character + 1}: ` + ts.flattenDiagnosticMessageText(d.messageText, ' ') });
    }
  }
}
process.stdout.write(JSON.stringify(out));
'''


def one_line(s):
    s = re.sub(r"\s+", " ", str(s)).strip()
    return s[:300]


def shebang(body):
    return body.split("\n", 1)[0] if body.startswith("#!") else ""


def kind_of(f):
    p = f["path"]
    ext = os.path.splitext(p)[1].lower()
    if ext in (".yml", ".yaml"):
        return "yaml"
    if ext == ".toml":
        return "toml"
    if ext == ".json":
        return "json"
    if ext in (".js", ".mjs", ".cjs", ".jsx"):
        return "js"
    if ext in (".ts", ".tsx"):
        return "ts"
    sb = shebang(f["body"])
    if ext == ".sh" or re.search(r"\b(ba|da)?sh\b", sb):
        return "sh"
    raise ValueError("unknown kind for " + p)


def is_esm(body):
    return re.search(r"^\s*(import\s*[\w{*'\"]|export\s)", body, re.M) is not None


def check_yaml(text):
    from ruamel.yaml import YAML
    import yaml
    res = []
    try:
        y = YAML(typ="rt")
        docs = list(y.load_all(io.StringIO(text)))
        res.append(("ruamel.yaml-rt", True, f"{len(docs)} doc(s)"))
    except Exception as e:  # noqa: BLE001
        res.append(("ruamel.yaml-rt", False, type(e).__name__ + ": " + one_line(e)))
    try:
        nodes = list(yaml.compose_all(io.StringIO(text), Loader=yaml.SafeLoader))
        res.append(("pyyaml-compose_all", True, f"{len(nodes)} node(s)"))
    except Exception as e:  # noqa: BLE001
        res.append(("pyyaml-compose_all", False, type(e).__name__ + ": " + one_line(e)))
    return res


def check_toml(text):
    try:
        tomllib.loads(text)
        return [("tomllib", True, "parsed")]
    except Exception as e:  # noqa: BLE001
        return [("tomllib", False, type(e).__name__ + ": " + one_line(e))]


def check_json(text):
    try:
        json.loads(text)
        return [("json", True, "parsed")]
    except Exception as e:  # noqa: BLE001
        return [("json", False, type(e).__name__ + ": " + one_line(e))]


def run(cmd):
    p = subprocess.run(cmd, capture_output=True, text=True)
    msg = (p.stderr or p.stdout).replace(ROOT + "/", "")
    msg = re.sub(r"/tmp/h2node-[^/]+/", "", msg)
    return p.returncode, one_line(msg)


def check_sh(path, body):
    res = []
    rc, err = run(["bash", "-n", path])
    res.append(("bash -n", rc == 0, "rc=0" if rc == 0 else f"rc={rc}: {err}"))
    sb = shebang(body)
    if re.match(r"#!\s*(/bin/sh|/usr/bin/env\s+sh)\b", sb):
        rc, err = run(["dash", "-n", path])
        res.append(("dash -n", rc == 0, "rc=0" if rc == 0 else f"rc={rc}: {err}"))
    return res


def check_node(path, body):
    ext = os.path.splitext(path)[1]
    if ext == ".jsx":
        return [("node --check", None, "skipped: node has no JSX support; babel(jsx) used")]
    tmp = tempfile.mkdtemp(prefix="h2node-")
    try:
        dst = os.path.join(tmp, os.path.basename(path))
        shutil.copyfile(path, dst)
        cmd = ["node", "--check"]
        flag = ""
        if ext == ".js" and is_esm(body):
            cmd.insert(1, "--experimental-default-type=module")
            flag = " (--experimental-default-type=module)"
        rc, err = run(cmd + [dst])
        return [("node --check" + flag, rc == 0, f"node {subprocess.run(['node','--version'],capture_output=True,text=True).stdout.strip()} rc={rc}" + ("" if rc == 0 else ": " + err))]
    finally:
        shutil.rmtree(tmp)


def main():
    files = build.load()
    rows = []
    node_jobs = []
    per_file = {}
    for f in files:
        rel = os.path.join(f["label"], f["path"])
        path = os.path.join(ROOT, rel)
        with open(path, encoding="utf-8", newline="") as fh:
            text = fh.read()
        assert text == f["body"], rel
        k = kind_of(f)
        res = []
        if k == "yaml":
            res = check_yaml(text)
        elif k == "toml":
            res = check_toml(text)
        elif k == "json":
            res = check_json(text)
        elif k == "sh":
            res = check_sh(path, text)
        elif k == "js":
            res = check_node(path, text)
            ext = os.path.splitext(path)[1]
            st = {".mjs": "module", ".cjs": "script", ".jsx": "module"}.get(
                ext, "module" if is_esm(text) else "script")
            node_jobs.append({"path": path, "kind": "babel", "sourceType": st, "jsx": ext == ".jsx"})
        elif k == "ts":
            node_jobs.append({"path": path, "kind": "ts"})
        per_file[path] = (f, rel, res)
    p = subprocess.run(["node", "-e", NODE_HELPER], input=json.dumps(node_jobs),
                       capture_output=True, text=True, cwd=NODE_DIR)
    if p.returncode != 0:
        sys.exit(p.stderr)
    for r in json.loads(p.stdout):
        name = "@babel/parser" if r["path"].endswith(("js", "jsx")) else "typescript-syntactic"
        per_file[r["path"]][2].append((name, r["ok"], r["detail"]))

    summary = {"files": 0, "with_requirement": 0, "met": 0, "failed": [], "checks": 0}
    for path, (f, rel, res) in per_file.items():
        summary["files"] += 1
        exp = f["expect"]
        applied = [ok for (_, ok, _) in res if ok is not None]
        if exp:
            summary["with_requirement"] += 1
            good = all(ok == (exp == "accept") for ok in applied) and applied
            if good:
                summary["met"] += 1
            else:
                summary["failed"].append(rel)
        for name, ok, detail in res:
            summary["checks"] += 1
            result = "skipped" if ok is None else ("accept" if ok else "reject")
            req = f"required={exp}" if exp else "required=none"
            rows.append((rel, name, result, f"{req}; {detail}"))
    with open(os.path.join(ROOT, "verification.tsv"), "w", encoding="utf-8", newline="") as fh:
        fh.write("path\tchecker\tresult\tdetail\n")
        for r in rows:
            fh.write("\t".join(x.replace("\t", " ") for x in r) + "\n")
    print(json.dumps({k: (v if k != "failed" else v) for k, v in summary.items()}, indent=1))


if __name__ == "__main__":
    main()
