#!/usr/bin/env python3
"""Write the tune-j TUNING corpus, verify it with real parsers, and write
manifest.tsv, verification.tsv and README.md.

Run with the verification venv:   /tmp/tunej-venv/bin/python generator/build.py
Needs: ruamel.yaml + PyYAML in the running interpreter, Python >= 3.11 (tomllib),
node, bash, dash, and TUNEJ_NODE_MODULES (default /tmp/tunej-node/node_modules)
holding typescript@5 and @babel/parser.
Exits non-zero if any count / wording / parser assertion fails.
"""
import collections
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import tomllib  # noqa: E402

try:
    import yaml as pyyaml  # noqa: E402
    from ruamel.yaml import YAML  # noqa: E402
except ImportError as exc:  # pragma: no cover
    sys.exit(f"build.py must run in a Python with ruamel.yaml and PyYAML ({exc})")

import ph_js, ph_ts, ph_sh, ph_cfg, chatter, clean_code, clean_cfg  # noqa: E402,E401

NODE_MODULES = os.environ.get("TUNEJ_NODE_MODULES", "/tmp/tunej-node/node_modules")
LABELS = ["placeholder", "llm-chatter", "clean"]
LANGS = ["JavaScript", "TypeScript", "shell", "YAML", "TOML"]
EXPECTED = {
    ("placeholder", "JavaScript"): 40, ("placeholder", "TypeScript"): 40,
    ("placeholder", "shell"): 40, ("placeholder", "YAML"): 10, ("placeholder", "TOML"): 10,
    ("llm-chatter", "shell"): 15, ("llm-chatter", "YAML"): 15,
    ("clean", "JavaScript"): 15, ("clean", "TypeScript"): 15, ("clean", "shell"): 15,
    ("clean", "YAML"): 10, ("clean", "TOML"): 5,
}
EXPECTED_BREAKING = {"JavaScript": 10, "TypeScript": 10, "shell": 10, "YAML": 3, "TOML": 2}
EXPECTED_CHATTER_COMMENT_ONLY = {"shell": 5, "YAML": 5}

failures = []


def check(cond, msg):
    if not cond:
        failures.append(msg)
    return cond


ENTRIES = (ph_js.FILES + ph_ts.FILES + ph_sh.FILES + ph_cfg.FILES
           + chatter.FILES + clean_code.FILES + clean_cfg.FILES)

# --------------------------------------------------------------------------- counts
cnt = collections.Counter((e.label, e.lang) for e in ENTRIES)
for k, v in EXPECTED.items():
    check(cnt[k] == v, f"count {k}: {cnt[k]} != {v}")
for k in cnt:
    check(k in EXPECTED, f"unexpected cell {k}")
check(len(ENTRIES) == 230, f"total {len(ENTRIES)} != 230")
lab = collections.Counter(e.label for e in ENTRIES)
check(lab == {"placeholder": 140, "llm-chatter": 30, "clean": 60}, f"label totals {dict(lab)}")

seen = set()
for e in ENTRIES:
    key = (e.label, e.path)
    check(key not in seen, f"duplicate path {key}")
    seen.add(key)
    check("\u00a7" not in e.text, f"{e.path}: stray section sign")
    check(not re.search(r"(^|/)(placeholder|chatter|elided|elision|clean|defect|broken)([./_-]|$)", e.path, re.I),
          f"{e.path}: path names the defect")
    if e.lang == "shell":
        first = e.text.split("\n", 1)[0]
        has_shebang = first.startswith("#!")
        check(e.path.endswith(".sh") or has_shebang, f"{e.path}: extensionless shell without shebang")
        if has_shebang:
            check(re.match(r"#!(/usr/bin/env (bash|sh)|/bin/(bash|sh)|/usr/bin/bash)\s*$", first),
                  f"{e.path}: odd shebang {first!r}")

# extension mixes
def exts(label, lang):
    return collections.Counter(os.path.splitext(e.path)[1] or "(none)" for e in ENTRIES
                               if e.label == label and e.lang == lang)

jsx = exts("placeholder", "JavaScript")
check(all(jsx[x] >= 5 for x in (".js", ".jsx", ".mjs", ".cjs")), f"JS ext mix {jsx}")
tsx = exts("placeholder", "TypeScript")
check(tsx[".ts"] >= 5 and tsx[".tsx"] >= 5, f"TS ext mix {tsx}")
shx = exts("placeholder", "shell")
check(shx[".sh"] >= 5 and shx["(none)"] >= 5, f"shell ext mix {shx}")

# --------------------------------------------------------------------------- placeholder wording
COMMENT_LEAD = re.compile(r"^\s*(//+|#+|/\*+|\*+/?|\{/\*+|<!--|--)\s*")
COMMENT_TAIL = re.compile(r"\s*(\*+/\}?|-->)\s*$")


def norm(line):
    s = line.strip()
    s = COMMENT_LEAD.sub("", s)
    s = COMMENT_TAIL.sub("", s)
    return re.sub(r"\s+", " ", s).strip().lower()


COMMON = re.compile(r"existing code|rest (is )?unchanged|rest of (the )?(file|code)( is)? unchanged", re.I)
ph = [e for e in ENTRIES if e.label == "placeholder"]
all_marker_lines = []
groups = []
for e in ph:
    check(15 <= e.n_lines <= 70, f"{e.path}: {e.n_lines} lines (want 15-70)")
    check(len(e.marks) >= 1, f"{e.path}: no elision marked")
    for g in e.group_texts:
        check(len(g) <= 4, f"{e.path}: elision paragraph of {len(g)} lines")
        groups.append((e, g))
    all_marker_lines.extend((norm(l), l.strip(), e.path) for l in e.marked_lines)
raw = collections.Counter(r for _, r, _ in all_marker_lines)
nrm = collections.Counter(n for n, _, _ in all_marker_lines)
for k, v in raw.items():
    check(v == 1, f"elision line repeats verbatim x{v}: {k!r}")
for k, v in nrm.items():
    check(v == 1, f"elision line repeats after normalisation x{v}: {k!r}")
for n, r, p in all_marker_lines:
    check(len(n) >= 1, f"{p}: empty elision line {r!r}")
n_groups = len(groups)
n_multi = sum(1 for _, g in groups if len(g) >= 2)
n_common = sum(1 for _, g in groups if any(COMMON.search(l) for l in g))
multi_ratio = n_multi / n_groups
common_ratio = n_common / n_groups
check(0.27 <= multi_ratio <= 0.42, f"multi-line elision ratio {multi_ratio:.2f} (want about 1/3)")
check(0.05 <= common_ratio <= 0.25, f"common-wording elision ratio {common_ratio:.2f} (want <= 1/4)")

# position: middle / end of file
def last_nonblank(e):
    ls = e.text.split("\n")
    for i in range(len(ls), 0, -1):
        if ls[i - 1].strip():
            return i
    return 0

def trailing_closers_only(e, after):
    ls = e.text.split("\n")[after:]
    return all(re.fullmatch(r"\s*([\]\)\}>;,]|</\w*>|\)\s*;?|\}\)?;?|fi|done|esac|EOF|\);|\};?|export default \w+;)?\s*", l) for l in ls)

n_eof = sum(1 for e in ph if e.marks and (e.marks[-1] == last_nonblank(e) or trailing_closers_only(e, e.marks[-1])))
n_mid = sum(1 for e in ph if any(not trailing_closers_only(e, b) for a, b in e.groups))
check(n_eof >= 20, f"only {n_eof} placeholder files with an elision at the end of the file")
check(n_mid >= 90, f"only {n_mid} placeholder files with an elision in the middle")

brk = collections.Counter(e.lang for e in ph if e.breaks)
for lang, n in EXPECTED_BREAKING.items():
    check(brk[lang] == n, f"breaking placeholders {lang}: {brk[lang]} != {n}")

def group_is_comment(lang, lines):
    """every line of the elision group is (inside) a comment"""
    if lang in ("shell", "YAML", "TOML"):
        return all(l.strip().startswith("#") or " #" in l for l in lines)
    in_block = False
    for l in lines:
        s = l.strip()
        if not (in_block or re.search(r"//|/\*|\*/|^\*", s)):
            return False
        for tok in re.findall(r"/\*|\*/", s):
            in_block = tok == "/*"
    return True

for e in ph:
    if not e.breaks:
        for g in e.group_texts:
            check(group_is_comment(e.lang, g), f"{e.path}: non-breaking elision is not a comment: {g!r}")

# --------------------------------------------------------------------------- chatter
ch = [e for e in ENTRIES if e.label == "llm-chatter"]
co = collections.Counter(e.lang for e in ch if e.comment_only)
check(dict(co) == EXPECTED_CHATTER_COMMENT_ONLY, f"chatter comment-only split {dict(co)}")
chat_lines = []
for e in ch:
    check(len(e.marks) >= 1, f"{e.path}: no chatter marked")
    check(10 <= e.n_lines <= 90, f"{e.path}: {e.n_lines} lines")
    all_comments = all(l.strip().startswith("#") for l in e.marked_lines)
    check(all_comments == bool(e.comment_only), f"{e.path}: comment_only={e.comment_only} but marks comment-only={all_comments}")
    chat_lines.extend((norm(l), e.path) for l in e.marked_lines)
cc = collections.Counter(n for n, _ in chat_lines)
for k, v in cc.items():
    check(v == 1, f"chatter line repeats x{v}: {k!r}")
for k in cc:
    check(k not in nrm, f"chatter line equals an elision line: {k!r}")
chat_positions = collections.Counter()
for e in ch:
    ls = e.text.split("\n")
    n = len(ls)
    for a, b in e.groups:
        chat_positions["top" if a <= 3 else "bottom" if b >= last_nonblank(e) - 1 else "middle"] += 1
check(all(chat_positions[p] >= 8 for p in ("top", "middle", "bottom")), f"chatter positions {dict(chat_positions)}")

# --------------------------------------------------------------------------- clean
cl = [e for e in ENTRIES if e.label == "clean"]
no_nl = [e.path for e in cl if not e.text.endswith("\n")]
check(len(no_nl) >= 6, f"only {len(no_nl)} clean files without final newline")
for e in cl:
    check(e.breaks is False and e.comment_only is None, f"{e.path}: flags on clean file")
    check(e.text.strip() != "", f"{e.path}: empty")

# --------------------------------------------------------------------------- write files
for label in LABELS:
    d = os.path.join(ROOT, label)
    if os.path.isdir(d):
        shutil.rmtree(d)
for e in ENTRIES:
    dest = os.path.join(ROOT, e.label, e.path)
    os.makedirs(os.path.dirname(dest), exist_ok=True)
    with open(dest, "w", encoding="utf-8", newline="") as fh:
        fh.write(e.text)
    if e.lang == "shell" and e.text.startswith("#!"):
        os.chmod(dest, 0o755)
    else:
        os.chmod(dest, 0o644)
    with open(dest, "rb") as fh:
        check(fh.read() == e.text.encode("utf-8"), f"{dest}: bytes differ after write")

# --------------------------------------------------------------------------- verification
results = []  # (entry, checker, ok, detail)


def rel(e):
    return f"{e.label}/{e.path}"


def run(cmd, cwd=None):
    p = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True)
    msg = (p.stderr or p.stdout).strip().replace("\t", " ")
    msg = re.sub(r"\s+", " ", msg)[:200]
    return p.returncode == 0, msg


node_jobs = []
for i, e in enumerate(ENTRIES):
    src = os.path.join(ROOT, e.label, e.path)
    if e.lang == "JavaScript":
        ext = os.path.splitext(e.path)[1]
        if ext != ".jsx":
            with tempfile.TemporaryDirectory(prefix="tunej-node-") as td:
                dst = os.path.join(td, os.path.basename(e.path))
                shutil.copyfile(src, dst)
                cmd = ["node"]
                flag = ""
                if ext == ".js" and e.esm:
                    cmd.append("--experimental-default-type=module")
                    flag = " --experimental-default-type=module"
                cmd += ["--check", dst]
                ok, msg = run(cmd, cwd=td)
            results.append([e, "node --check" + flag, ok, msg or f"node {subprocess.run(['node','--version'],capture_output=True,text=True).stdout.strip()} accepted (fresh temp dir copy)"])
        src_type = "module" if ext in (".mjs", ".jsx") or (ext == ".js" and e.esm) else "script"
        node_jobs.append({"id": i, "file": src, "checker": "babel", "sourceType": src_type, "jsx": ext == ".jsx"})
    elif e.lang == "TypeScript":
        node_jobs.append({"id": i, "file": src, "checker": "typescript"})
    elif e.lang == "shell":
        ok, msg = run(["bash", "-n", src])
        results.append([e, "bash -n", ok, msg or "bash 5.2 -n accepted"])
        first = e.text.split("\n", 1)[0]
        if re.match(r"#!\s*(/bin/sh|/usr/bin/env sh)\s*$", first):
            ok, msg = run(["dash", "-n", src])
            results.append([e, "dash -n", ok, msg or "dash -n accepted"])
    elif e.lang == "YAML":
        try:
            y = YAML(typ="rt")
            docs = list(y.load_all(e.text))
            results.append([e, "ruamel.yaml rt load_all", True, f"{len(docs)} document(s)"])
        except Exception as exc:  # noqa: BLE001
            results.append([e, "ruamel.yaml rt load_all", False, re.sub(r"\s+", " ", f"{type(exc).__name__}: {exc}")[:200]])
        try:
            docs = list(pyyaml.compose_all(e.text))
            results.append([e, "PyYAML compose_all", True, f"{len(docs)} node(s)"])
        except Exception as exc:  # noqa: BLE001
            results.append([e, "PyYAML compose_all", False, re.sub(r"\s+", " ", f"{type(exc).__name__}: {exc}")[:200]])
    elif e.lang == "TOML":
        try:
            data = tomllib.loads(e.text)
            results.append([e, "python tomllib", True, f"{len(data)} top-level key(s)"])
        except Exception as exc:  # noqa: BLE001
            results.append([e, "python tomllib", False, re.sub(r"\s+", " ", f"{type(exc).__name__}: {exc}")[:200]])

with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as jf:
    json.dump(node_jobs, jf)
    jobs_path = jf.name
env = dict(os.environ, TUNEJ_NODE_MODULES=NODE_MODULES)
p = subprocess.run(["node", os.path.join(HERE, "verify_parsers.js"), jobs_path], capture_output=True, text=True, env=env)
os.unlink(jobs_path)
if p.returncode != 0:
    sys.exit("verify_parsers.js failed: " + p.stderr)
for r in json.loads(p.stdout):
    e = ENTRIES[r["id"]]
    name = "typescript getSyntacticDiagnostics" if e.lang == "TypeScript" else "@babel/parser"
    results.append([e, name, r["ok"], r["detail"]])


ERR_LINE = [
    re.compile(r"\.[cm]?[jt]sx?:(\d+)\b"),        # node --check
    re.compile(r"\((\d+):\d+\)"),                 # @babel/parser
    re.compile(r"TS\d+ \((\d+),\d+\)"),            # typescript
    re.compile(r"line (\d+)"),                     # bash, YAML, TOML
    re.compile(r": (\d+): "),                      # dash
]


def error_line(detail):
    for rx in ERR_LINE:
        m = rx.search(detail)
        if m:
            return int(m.group(1))
    return None


def expectation(e):
    if e.label == "clean":
        return "accept"
    if e.label == "placeholder":
        return "reject" if e.breaks else "accept"
    return "accept" if e.comment_only else "any"


by_entry = collections.defaultdict(list)
for r in results:
    by_entry[id(r[0])].append(r)
for e in ENTRIES:
    rs = by_entry[id(e)]
    check(len(rs) >= 1, f"{rel(e)}: no checker ran")
    exp = expectation(e)
    for _, name, ok, detail in rs:
        if exp == "accept":
            check(ok, f"{rel(e)}: {name} rejected but must accept: {detail}")
        elif exp == "reject":
            check(not ok, f"{rel(e)}: {name} accepted but must reject")
            if not ok:
                # the first error must be at or after the first elision line, i.e. caused by it
                ln = error_line(detail)
                check(ln is not None and ln >= e.marks[0],
                      f"{rel(e)}: {name} error at line {ln}, before the elision at {e.marks[0]}: {detail}")

# --------------------------------------------------------------------------- outputs
order = {l: i for i, l in enumerate(LABELS)}
lorder = {l: i for i, l in enumerate(LANGS)}
ENTRIES_SORTED = sorted(ENTRIES, key=lambda e: (order[e.label], lorder[e.lang], e.path))


def tsv_clean(s):
    return s.replace("\t", " ").replace("\n", " ")


with open(os.path.join(ROOT, "manifest.tsv"), "w", encoding="utf-8", newline="") as fh:
    fh.write("folder\tfile\tlanguage\tnote\n")
    for e in ENTRIES_SORTED:
        fh.write(f"{e.label}\t{e.path}\t{e.lang}\t{tsv_clean(e.note)}\n")

with open(os.path.join(ROOT, "verification.tsv"), "w", encoding="utf-8", newline="") as fh:
    fh.write("path\tchecker\tresult\tdetail\n")
    for e in ENTRIES_SORTED:
        exp = expectation(e)
        for _, name, ok, detail in by_entry[id(e)]:
            res = "accept" if ok else "reject"
            met = "as required" if exp == res else ("not required (chatter with prose outside comments)" if exp == "any" else "REQUIREMENT VIOLATED")
            fh.write(f"{rel(e)}\t{name}\t{res}\t{tsv_clean(f'expected={exp}; {met}; {detail}')}\n")

# stats for README
stats = {
    "groups": n_groups, "multi": n_multi, "common": n_common, "eof": n_eof, "mid": n_mid,
    "marker_lines": len(all_marker_lines), "chat_lines": len(chat_lines),
    "no_nl": len(no_nl), "chat_positions": dict(chat_positions),
}
chat_prose = [e for e in ch if not e.comment_only]
chat_prose_rej = sum(1 for e in chat_prose if any(not ok for _, _, ok, _ in by_entry[id(e)]))
chat_prose_acc = len(chat_prose) - chat_prose_rej
n_checks = len(results)
checker_counts = collections.Counter(r[1].split(" --experimental")[0] for r in results)


def _out(cmd, env=None):
    try:
        p = subprocess.run(cmd, capture_output=True, text=True, env=env)
        return (p.stdout or p.stderr).strip().splitlines()[0]
    except Exception:  # noqa: BLE001
        return "?"


import ruamel.yaml as _ry  # noqa: E402
versions = {
    "node": _out(["node", "--version"]),
    "typescript": _out(["node", "-p", f"require('{NODE_MODULES}/typescript/package.json').version"]),
    "@babel/parser": _out(["node", "-p", f"require('{NODE_MODULES}/@babel/parser/package.json').version"]),
    "bash": _out(["bash", "-c", "echo $BASH_VERSION"]),
    "dash": _out(["dpkg-query", "-W", "-f", "${Version}", "dash"]),
    "python": sys.version.split()[0],
    "ruamel.yaml": _ry.__version__,
    "PyYAML": pyyaml.__version__,
}

import readme  # noqa: E402
with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8", newline="") as fh:
    fh.write(readme.render(ENTRIES, cnt, brk, co, stats, chat_prose_acc, chat_prose_rej,
                           n_checks, checker_counts, jsx, tsx, shx, failures, versions))

if failures:
    print(f"{len(failures)} FAILURE(S):", file=sys.stderr)
    for f in failures:
        print("  - " + f, file=sys.stderr)
    sys.exit(1)
print(f"OK: {len(ENTRIES)} files, {n_checks} parser checks, stats={stats}")
