#!/usr/bin/env python3
"""scripts/fp-sql.sh's worker: collect the SQL corpora, run gencheck, ask the engines, report.

    fp_sql.py collect CACHE RUN          stage every file under RUN/corpus, write RUN/index.json
    fp_sql.py check RUN GENCHECK          gencheck per dialect, RUN/gencheck.json
    fp_sql.py oracle RUN CACHE            sqlite3 / duckdb / pglast verdicts, RUN/oracle.json
    fp_sql.py report RUN OUT.md           the report (Markdown) to OUT.md, a summary on stdout

Environment: see scripts/fp-sql.sh.
"""
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tarfile
import io
from collections import Counter, defaultdict

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from sources import DEB, EXCLUDE, FRESH, GITHUB, TUNE_ONLY  # noqa: E402

TUNE_PERCENT = int(os.environ.get("TUNE_PERCENT", "34"))
MAX_BYTES = int(os.environ.get("FP_MAX_BYTES", str(2_000_000)))
BATCH = int(os.environ.get("FP_BATCH", "150"))
DIALECTS = ["postgres", "mysql", "mssql", "sqlite", "oracle", "snowflake", "bigquery", "clickhouse",
            "databricks", "duckdb", "redshift"]
TEMPLATED = re.compile(r"\{\{|\{%")
# ClickHouse's own test annotations: the statement is expected to fail
EXPECTED_ERROR = re.compile(r"--\s*\{\s*(serverError|clientError)")


def part_of(unit):
    h = int(hashlib.sha256(unit.encode()).hexdigest()[:8], 16)
    return "tune" if h % 100 < TUNE_PERCENT else "holdout"


def utf8_or_bom(data):
    """Text gencheck reads: UTF-8, or UTF-16 with its byte order mark."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return True
    try:
        data.decode("utf-8")
        return True
    except UnicodeDecodeError:
        return False


def rule_dialects(rules, path):
    for rx, d in rules:
        if re.search(rx, path):
            if callable(d):
                d = d(path)
            if d is None:
                return []
            return list(d) if isinstance(d, tuple) else [d]
    return []


def slug(s):
    return re.sub(r"[^A-Za-z0-9._+-]+", "_", s)


# ---------------------------------------------------------------- collect
def github_dir(repo):
    """A git directory or work tree holding REPO: $FP_SQL_GITHUB_<OWNER>_<NAME>, then
    $FP_SQL_GITHUB/<owner>+<name>/repo (the layout of /work/.mirror), <owner>/<name>,
    <name>; None when none is there."""
    owner, name = repo.split("/")
    env = os.environ.get("FP_SQL_GITHUB_" + re.sub(r"[^A-Za-z0-9]", "_", repo).upper())
    cands = [env] if env else []
    for base in os.environ.get("FP_SQL_GITHUB", "/work/.mirror").split(":"):
        cands += [f"{base}/{owner}+{name}/repo", f"{base}/{owner}+{name}", f"{base}/{owner}/{name}", f"{base}/{name}"]
    for c in cands:
        if c and os.path.isdir(c):
            return c
    return None


def git(gitdir, *args, binary=False):
    bare = not os.path.exists(os.path.join(gitdir, ".git"))
    cmd = ["git", f"--git-dir={gitdir}" if bare else f"--git-dir={gitdir}/.git", *args]
    r = subprocess.run(cmd, capture_output=True)
    if r.returncode:
        raise RuntimeError(f"{' '.join(cmd)}: {r.stderr.decode(errors='replace')}")
    return r.stdout if binary else r.stdout.decode()


def github_files(repo, commit, gitdir):
    """(commit used, {path: bytes}) of the .sql-ish files at COMMIT (or HEAD when absent)."""
    used = commit
    if not commit or subprocess.run(["git", f"--git-dir={gitdir}" if not os.path.exists(gitdir + "/.git") else
                                     f"--git-dir={gitdir}/.git", "cat-file", "-e", commit + "^{commit}"],
                                    capture_output=True).returncode:
        used = git(gitdir, "rev-parse", "HEAD").strip()
    listing = git(gitdir, "ls-tree", "-r", "-z", used).split("\0")
    want = []
    for row in listing:
        if not row:
            continue
        meta, path = row.split("\t", 1)
        mode, typ, sha = meta.split()
        if typ == "blob" and mode != "120000" and re.search(r"(?i)\.sql(\.postgres|\.sqlite)?$", path):
            want.append((path, sha))
    out, missing = {}, 0
    bare = not os.path.exists(os.path.join(gitdir, ".git"))
    p = subprocess.run(["git", f"--git-dir={gitdir}" if bare else f"--git-dir={gitdir}/.git", "cat-file", "--batch"],
                       input="".join(sha + "\n" for _, sha in want).encode(), capture_output=True)
    buf = p.stdout
    pos = 0
    for path, sha in want:
        nl = buf.index(b"\n", pos)
        head = buf[pos:nl].decode().split()
        pos = nl + 1
        if len(head) < 3 or head[1] == "missing":
            missing += 1  # a blob the snapshot lacks (large files): reported
            continue
        size = int(head[2])
        out[path] = buf[pos:pos + size]
        pos += size + 1
    if missing:
        print(f"fp-sql: {repo}: {missing} .sql blobs absent from the local copy", file=sys.stderr)
    out[None] = missing
    return used, out


def deb_files(cache, pkg, version):
    """(version used, {path: bytes}) of a Debian package, downloaded into CACHE/debs."""
    debs = os.path.join(cache, "debs")
    os.makedirs(debs, exist_ok=True)
    have = [f for f in os.listdir(debs) if f.startswith(pkg + "_") and f.endswith(".deb")]
    if not have:
        for spec in (f"{pkg}={version}", pkg):
            if subprocess.run(["apt-get", "download", spec], cwd=debs, capture_output=True).returncode == 0:
                break
        have = [f for f in os.listdir(debs) if f.startswith(pkg + "_") and f.endswith(".deb")]
        if not have:
            return None, {}
    deb = os.path.join(debs, sorted(have)[-1])
    used = subprocess.run(["dpkg-deb", "-f", deb, "Version"], capture_output=True, text=True).stdout.strip()
    ex = os.path.join(cache, "debx", pkg)
    stamp = os.path.join(ex, ".version")
    if not (os.path.exists(stamp) and open(stamp).read() == used):
        shutil.rmtree(ex, ignore_errors=True)
        os.makedirs(ex)
        subprocess.run(["dpkg-deb", "-x", deb, ex], check=True)
        open(os.path.join(ex, ".version"), "w").write(used)
    out = {}
    for d, _, fs in os.walk(ex):
        for f in fs:
            p = os.path.join(d, f)
            if f.lower().endswith(".sql") and not os.path.islink(p):
                out[os.path.relpath(p, ex)] = open(p, "rb").read()
    return used, out


def collect(cache, run):
    corpus = os.path.join(run, "corpus")
    shutil.rmtree(corpus, ignore_errors=True)
    files, sources, seen = [], [], {}
    only = set(filter(None, os.environ.get("FP_SQL_ONLY", "").split(",")))
    todo = [("deb", k, v[0], v[1], None) for k, v in DEB.items()] + \
           [("github", k, v[0], v[1], v[2]) for k, v in GITHUB.items()]
    for kind, name, pin, rules, unit_rx in todo:
        if kind == "deb":
            used, blobs = deb_files(cache, name, pin)
            where = f"Debian bookworm package {name} {used}" if used else None
        else:
            gd = github_dir(name)
            if gd is None and os.environ.get("FP_SQL_CLONE", "1") == "1":
                gd = os.path.join(cache, "github", slug(name))
                if not os.path.isdir(gd):
                    r = subprocess.run(["git", "clone", "--bare", "--filter=blob:none", "-q",
                                        f"https://github.com/{name}", gd], capture_output=True, timeout=600)
                    if r.returncode:
                        shutil.rmtree(gd, ignore_errors=True)
                        gd = None
            if gd is None:
                sources.append({"kind": kind, "name": name, "pin": pin, "used": None, "files": {},
                                "note": "not available (set FP_SQL_GITHUB or FP_SQL_GITHUB_<OWNER>_<NAME>)"})
                print(f"fp-sql: {name}: not available, skipped", file=sys.stderr)
                continue
            used, blobs = github_files(name, pin, gd)
            missing = blobs.pop(None, 0)
            where = f"github.com/{name} @ {used}"
        src = {"kind": kind, "name": name, "pin": pin, "used": used, "files": Counter(), "note": ""}
        sources.append(src)
        if used is None:
            src["note"] = "could not be downloaded"
            continue
        if kind == "github" and pin and used != pin:
            src["note"] = f"pinned commit {pin[:12]} not in the local copy: HEAD used"
        if kind == "github" and missing:
            src["note"] += f"{'; ' if src['note'] else ''}{missing} .sql files absent from the local copy (large files)"
        for path in sorted(blobs):
            data = blobs[path]
            for dialect in rule_dialects(rules, path):
                if only and dialect not in only:
                    continue
                unit = name
                if unit_rx:
                    m = re.search(unit_rx, path)
                    if m:
                        unit = f"{name}:{m.group(0)}"
                rec = {"dialect": dialect, "source": name, "kind": kind, "where": where, "path": path,
                       "unit": unit, "part": "tune" if name in TUNE_ONLY else "fresh" if name in FRESH else part_of(unit), "bytes": len(data)}
                text = data.decode("utf-8", errors="replace")
                key = (dialect, hashlib.sha256(data).hexdigest())
                if not text.strip():
                    rec["status"] = "empty"
                elif len(data) > MAX_BYTES:
                    rec["status"] = "too-large"
                elif any(src_ == name and re.search(prx, path) and (crx is None or re.search(crx, text))
                         for src_, prx, crx, _, _ in EXCLUDE):
                    ex = next(e for e in EXCLUDE if e[0] == name and re.search(e[1], path)
                              and (e[2] is None or re.search(e[2], text)))
                    rec["status"] = ex[3]
                    rec["reason"] = ex[4]
                elif not utf8_or_bom(data):
                    # gencheck reports these `not-text` by contract (cli-contract.md): not
                    # a judgement of the SQL, so counted apart.
                    rec["status"] = "not-utf8"
                elif TEMPLATED.search(text):
                    rec["status"] = "templated"
                elif dialect == "clickhouse" and EXPECTED_ERROR.search(text):
                    rec["status"] = "expected-error"
                elif key in seen:
                    rec["status"] = "duplicate"
                    rec["duplicate_of"] = seen[key]
                else:
                    seen[key] = f"{name}:{path}"
                    rec["status"] = "checked"
                    stem = re.sub(r"(?i)\.sql(\.postgres|\.sqlite)?$", "", path)
                    rel = os.path.join(dialect, slug(name), slug(stem) + ".sql")
                    rec["staged"] = rel
                    dst = os.path.join(corpus, rel)
                    os.makedirs(os.path.dirname(dst), exist_ok=True)
                    with open(dst, "wb") as f:
                        f.write(data)
                src["files"][f"{dialect}:{rec['status']}"] += 1
                files.append(rec)
    json.dump({"files": files, "sources": sources}, open(os.path.join(run, "index.json"), "w"), indent=0)
    n = sum(1 for f in files if f["status"] == "checked")
    print(f"fp-sql: {n} files staged from {len(sources)} sources", file=sys.stderr)


# ---------------------------------------------------------------- check
def check(run, gencheck):
    idx = json.load(open(os.path.join(run, "index.json")))
    corpus = os.path.join(run, "corpus")
    by_d = defaultdict(list)
    for f in idx["files"]:
        if f["status"] == "checked":
            by_d[f["dialect"]].append(f["staged"])
    out = {}
    for d in DIALECTS:
        paths = sorted(by_d.get(d, []))
        for i in range(0, len(paths), BATCH):
            batch = paths[i:i + BATCH]
            r = subprocess.run([gencheck, "check", "--no-diff", "--format", "json", "--dialect", d, *batch],
                               cwd=corpus, capture_output=True)
            if r.returncode not in (0, 1):
                sys.exit(f"fp-sql: gencheck exited {r.returncode} on {d}: {r.stderr.decode()[:2000]}")
            doc = json.loads(r.stdout)
            for f in doc["files"]:
                out[f["path"]] = {"accepted": f["accepted"], "findings": f["findings"],
                                  "omitted": f.get("findings_omitted", 0)}
        print(f"fp-sql: gencheck --dialect {d}: {len(paths)} files", file=sys.stderr)
    json.dump(out, open(os.path.join(run, "gencheck.json"), "w"))


# ---------------------------------------------------------------- oracles
SQLITE_SYNTAX = re.compile(r"syntax error|incomplete input|unrecognized token")


def sqlite_verdict(text):
    """None when SQLite's parser accepts every statement (run one by one in a fresh in-memory
    database, so that the tables a script creates exist for its later statements; errors
    other than syntax errors are ignored), else the first syntax error."""
    import sqlite3
    con = sqlite3.connect(":memory:")
    buf, line0 = [], 1
    for n, line in enumerate(text.splitlines(keepends=True), 1):
        if not buf and not line.strip():
            line0 = n + 1
            continue
        if not buf and line.lstrip().startswith("."):  # sqlite3 shell dot-command
            line0 = n + 1
            continue
        buf.append(line)
        stmt = "".join(buf)
        if sqlite3.complete_statement(stmt):
            buf = []
            try:
                con.execute(stmt)
            except sqlite3.Warning:
                pass
            except sqlite3.Error as e:
                if SQLITE_SYNTAX.search(str(e)):
                    return f"line {line0}: {e}"
            line0 = n + 1
    rest = "".join(buf)
    if rest.strip() and re.sub(r"--[^\n]*|/\*.*?\*/", "", rest, flags=re.S).strip():
        try:
            con.execute(rest)
        except sqlite3.Error as e:
            if SQLITE_SYNTAX.search(str(e)):
                return f"line {line0}: {e}"
    return None


def oracle(run, cache):
    idx = json.load(open(os.path.join(run, "index.json")))
    corpus = os.path.join(run, "corpus")
    memo_path = os.path.join(cache, "oracle-cache.json")
    memo = json.load(open(memo_path)) if os.path.exists(memo_path) else {}
    venv_py = os.environ.get("FP_VENV_PY")
    out = {}
    pending = defaultdict(list)
    for f in idx["files"]:
        if f["status"] != "checked" or f["dialect"] not in ("sqlite", "duckdb", "postgres"):
            continue
        data = open(os.path.join(corpus, f["staged"]), "rb").read()
        key = f["dialect"] + ":" + hashlib.sha256(data).hexdigest()
        if key in memo:
            out[f["staged"]] = memo[key]
        elif f["dialect"] == "sqlite":
            v = {"engine": "sqlite3 " + __import__("sqlite3").sqlite_version,
                 "error": sqlite_verdict(data.decode("utf-8", errors="replace"))}
            memo[key] = out[f["staged"]] = v
        else:
            pending[f["dialect"]].append((key, f["staged"]))
    if venv_py and any(pending.values()):
        helper = os.path.join(os.path.dirname(os.path.abspath(__file__)), "engine.py")
        for d, items in pending.items():
            paths = [os.path.join(corpus, s) for _, s in items]
            r = subprocess.run([venv_py, helper, d], input="\n".join(paths), capture_output=True, text=True)
            if r.returncode:
                print(f"fp-sql: {d} engine failed: {r.stderr[-2000:]}", file=sys.stderr)
                continue
            res = json.loads(r.stdout)
            for (key, staged), p in zip(items, paths):
                memo[key] = out[staged] = res[p]
    json.dump(memo, open(memo_path, "w"))
    json.dump(out, open(os.path.join(run, "oracle.json"), "w"))


# ---------------------------------------------------------------- report
def first_word(msg):
    m = re.match(r"[A-Za-z`'\"(]*[A-Za-z]+", msg)
    return m.group(0).strip("`'\"(").lower() if m else msg[:12]


def report(run, out_md, meta):
    idx = json.load(open(os.path.join(run, "index.json")))
    gc = json.load(open(os.path.join(run, "gencheck.json")))
    orc_path = os.path.join(run, "oracle.json")
    orc = json.load(open(orc_path)) if os.path.exists(orc_path) else {}
    corpus = os.path.join(run, "corpus")
    stats = defaultdict(Counter)
    rejected = defaultdict(list)
    status = defaultdict(Counter)
    engines = {}
    for f in idx["files"]:
        status[f["dialect"]][f["status"]] += 1
        if f["status"] != "checked":
            continue
        g = gc.get(f["staged"])
        if g is None:
            continue
        k = (f["dialect"], f["part"])
        s = stats[k]
        s["files"] += 1
        errs = [x for x in g["findings"] if x["severity"] == "error"]
        unv = [x for x in g["findings"] if x["rule"] == "unverified-statement"]
        if unv:
            s["unverified_files"] += 1
            s["unverified"] += len(unv)
        o = orc.get(f["staged"])
        if o is not None:
            engines[f["dialect"]] = o["engine"]
            s["engine_files"] += 1
            if o["error"]:
                s["engine_rejects"] += 1
        if errs:
            s["rejected"] += 1
            if o is not None:
                s["rej_engine_known"] += 1
                if not o["error"]:
                    s["rej_engine_accepts"] += 1
            rejected[k].append((f, errs, o))
    L = []
    w = L.append
    w("# False positives of the SQL backend on real SQL, per dialect")
    w("")
    w("Generated by `bash scripts/fp-sql.sh --write-report` (do not edit by hand).")
    w("")
    w(f"- date: {meta['date']}")
    w(f"- gencheck: `{meta['gencheck']}` ({meta['version']}), repository at commit `{meta['commit']}`")
    w(f"- split: a file is in **tune** when sha256(unit) (first 8 hex digits) mod 100 < {TUNE_PERCENT}, else in "
      "**held-out**; a unit is the Debian package or GitHub repository a file comes from (one sample directory "
      "of a repository of unrelated samples: microsoft/sql-server-samples, Snowflake-Labs/sf-samples, ...); "
      "sources added later to find false positives on are all **tune**, and those added as a new held-out set "
      "after the old one's rejections had been read are all **fresh** (sources.py's TUNE_ONLY and FRESH)")
    w("- a file is **rejected** when gencheck reports a finding of severity `error` for it "
      "(`gencheck check --no-diff --format json --dialect D`); **unverified** counts files with at least one "
      "`unverified-statement` (info) finding, and the findings in brackets")
    w("- **engine**: the real engine's parser, where one is cheap: SQLite (Python's `sqlite3`, each statement run "
      "in an in-memory database, only syntax errors count), DuckDB (`duckdb.extract_statements`, the duckdb "
      "wheel), PostgreSQL (`pglast.parse_sql`, libpg_query, after psql meta-commands and `COPY ... FROM stdin` "
      "data are blanked and `@extschema@` is replaced). **engine-accepts** = rejected files the engine parses: "
      "certain false positives. pglast is the same parser gencheck uses, so for postgres it only tells whether "
      "gencheck's splitting and client-syntax handling is at fault")
    w("- not checked: files with Jinja/dbt templating (`{{`, `{%`: *templated*), ClickHouse files with "
      "`-- { serverError ... }` / `{ clientError ... }` annotations (statements expected to fail), files over "
      f"{MAX_BYTES} bytes, empty files, a file with the same bytes as one already taken for that dialect, and "
      "files that are neither UTF-8 nor UTF-16 with a byte order mark (*not UTF-8*: Windows-1252 and Latin-1 "
      "scripts, which gencheck reports as `not-text`, as cli-contract.md requires)")
    w("")
    w("## Results")
    w("")
    w("| dialect | part | files | rejected | rate | unverified files (findings) | engine rejects / asked | "
      "engine-accepts of rejected | FP rate on engine-valid files |")
    w("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    summary = []
    for d in DIALECTS:
        for p in ("tune", "holdout", "fresh"):
            s = stats.get((d, p))
            if not s:
                continue
            rate = s["rejected"] / s["files"] if s["files"] else 0
            eng = f"{s['engine_rejects']} / {s['engine_files']}" if s["engine_files"] else "—"
            ea = f"{s['rej_engine_accepts']} / {s['rej_engine_known']}" if s["engine_files"] else "—"
            valid = s["engine_files"] - s["engine_rejects"]
            ev = f"{100 * s['rej_engine_accepts'] / valid:.1f}%" if s["engine_files"] and valid else "—"
            row = f"| {d} | {'held-out' if p == 'holdout' else p} | {s['files']} | {s['rejected']} | " \
                  f"{100 * rate:.1f}% | {s['unverified_files']} ({s['unverified']}) | {eng} | {ea} | {ev} |"
            w(row)
            summary.append(row)
    w("")
    w("Files not checked, per dialect (all parts):")
    w("")
    w("| dialect | checked | templated | excluded | expected-error | duplicate | too large | empty | not UTF-8 |")
    w("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for d in DIALECTS:
        c = status.get(d)
        if c:
            w(f"| {d} | {c['checked']} | {c['templated']} | {c['excluded']} | {c['expected-error']} | {c['duplicate']} | "
              f"{c['too-large']} | {c['empty']} | {c['not-utf8']} |")
    w("")
    reasons = Counter((f["source"], f["status"], f["reason"]) for f in idx["files"] if f.get("reason"))
    for (src_, st, why), n in sorted(reasons.items()):
        w(f"- {src_}: {n} files {st}: {why}")
    w("")
    w("Engines: " + ", ".join(f"{d}: {e}" for d, e in sorted(engines.items())) + ".")
    w("")
    w("## Sources")
    w("")
    w("| source | version / commit | files per dialect (checked; other statuses) | part |")
    w("| --- | --- | --- | --- |")
    parts_of = defaultdict(set)
    for f in idx["files"]:
        parts_of[f["source"]].add(f["part"])
    for s in idx["sources"]:
        per = defaultdict(dict)
        for k, n in s["files"].items():
            dd, st = k.split(":")
            per[dd][st] = n
        desc = "; ".join(f"{dd} {v.get('checked', 0)}" + (
            " (" + ", ".join(f"{n} {st}" for st, n in sorted(v.items()) if st != "checked") + ")"
            if len(v) > 1 or "checked" not in v else "") for dd, v in sorted(per.items())) or "none"
        name = s["name"] if s["kind"] == "deb" else f"github.com/{s['name']}"
        ver = (s["used"] or "—") if s["kind"] == "deb" else (f"`{s['used']}`" if s["used"] else "—")
        parts = ", ".join(sorted("held-out" if x == "holdout" else x for x in parts_of.get(s["name"], ())))
        w(f"| {name} | {ver} | {desc}{' — ' + s['note'] if s['note'] else ''} | {parts} |")
    w("")

    def sql_line(f, line):
        try:
            lines = open(os.path.join(corpus, f["staged"]), encoding="utf-8", errors="replace").read().splitlines()
            t = lines[line - 1].strip() if 0 < line <= len(lines) else ""
        except OSError:
            t = ""
        t = re.sub(r"[\x00-\x08\x0b-\x1f\x7f]", " ", t.replace("`", "'"))
        return (t[:160] + " …") if len(t) > 160 else t

    def file_list(k):
        for f, errs, o in sorted(rejected[k], key=lambda x: (x[0]["source"], x[0]["path"])):
            e = errs[0]
            ln = e["span"]["start"]["line"] if e.get("span") else 0
            msg = e["message"].replace("|", "\\|").replace("\n", " ")
            if len(msg) > 300:
                msg = msg[:300] + " …"
            eng = "" if o is None else (" — engine accepts" if not o["error"] else f" — engine: {o['error'][:120]}")
            more = f" (+{len(errs) - 1} more)" if len(errs) > 1 else ""
            w(f"- `{f['source']}` `{f['path']}`:{ln} `{e['rule']}`{more}{eng}  ")
            w(f"  {msg}  ")
            w(f"  `{sql_line(f, ln)}`")

    def counts(k):
        by_rule = Counter(e["rule"] for _, errs, _ in rejected[k] for e in errs[:1])
        by_word = Counter(first_word(errs[0]["message"]) for _, errs, _ in rejected[k])
        return by_rule, by_word

    w("## Rejected files: tune part")
    w("")
    w("Each file's first error (rule, message) and the line of SQL it points at.")
    w("")
    for d in DIALECTS:
        k = (d, "tune")
        if rejected.get(k):
            br, bw = counts(k)
            w(f"### {d} (tune): {len(rejected[k])} rejected")
            w("")
            w("By rule: " + ", ".join(f"`{r}` {n}" for r, n in br.most_common()) + "; by first word of the message: "
              + ", ".join(f"{x} {n}" for x, n in bw.most_common()) + ".")
            w("")
            file_list(k)
            w("")
    w("## Rejected files: held-out part")
    w("")
    w("Counts only; the list is folded below (the tuning engineer need not read it).")
    w("")
    w("| dialect | rejected | by rule | by first word of the message |")
    w("| --- | ---: | --- | --- |")
    for d, k in ((d, (d, p)) for d in DIALECTS for p in ("holdout", "fresh")):
        if rejected.get(k):
            br, bw = counts(k)
            w(f"| {d}{' (fresh)' if k[1] == 'fresh' else ''} | {len(rejected[k])} | " + ", ".join(f"`{r}` {n}" for r, n in br.most_common()) + " | "
              + ", ".join(f"{x} {n}" for x, n in bw.most_common()) + " |")
    w("")
    w("<details><summary>Held-out rejected files</summary>")
    w("")
    for d, k in ((d, (d, p)) for d in DIALECTS for p in ("holdout", "fresh")):
        if rejected.get(k):
            w(f"### {d} ({'held-out' if k[1] == 'holdout' else 'fresh'}): {len(rejected[k])} rejected")
            w("")
            file_list(k)
            w("")
    w("</details>")
    w("")
    extra = os.environ.get("FP_SQL_NOTES")
    if extra and os.path.exists(extra):
        w(open(extra).read().rstrip())
        w("")
    with open(out_md, "w") as fh:
        fh.write("\n".join(L))
    print("\n".join(L[L.index("## Results"):L.index("## Sources")]))


if __name__ == "__main__":
    cmd = sys.argv[1]
    if cmd == "collect":
        collect(sys.argv[2], sys.argv[3])
    elif cmd == "check":
        check(sys.argv[2], sys.argv[3])
    elif cmd == "oracle":
        oracle(sys.argv[2], sys.argv[3])
    elif cmd == "report":
        report(sys.argv[2], sys.argv[3], json.loads(sys.argv[4]))
    else:
        sys.exit(f"unknown command {cmd}")
