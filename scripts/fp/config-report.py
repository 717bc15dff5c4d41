#!/usr/bin/env python3
"""Helpers of scripts/fp-config.sh (Python standard library only, 3.11 or newer).

  collect CACHE RUN          build the corpora: RUN/files.tsv (path, language, corpus,
                             unit, kind), RUN/<language>.<corpus>.list, RUN/crates.txt,
                             RUN/collect.txt (counts), and copy the Markdown files into
                             CACHE/markdown/ (CACHE/markdown/index.tsv)
  todo CACHE.tsv N LIST      print the files of LIST that CACHE.tsv has no verdict for
                             (N fields after path and stamp) at their current size and mtime
  stamp                      filter: `path<TAB>rest` in, `path<TAB>stamp<TAB>rest` out
  report RUN CACHE           print the tables and the lists

Sources (see scripts/fp-config.sh): CACHE/pkgs/pypi/<name>==<version>/ (unpacked sdists),
CACHE/pkgs/npm/<name>@<version>/ (unpacked `npm pack` tarballs),
CACHE/pkgs/github/<owner>+<name>@<commit>/ (a repository's tree), every crate under
$CARGO_HOME/registry/src/*/ and the shell scripts under $SHELL_DIRS.

Unit and split: every file belongs to a unit, the thing it was written as part of:
  pypi:<name>                     a PyPI sdist, except in the `ansible` sdist (a bundle of
  ansible-collection:<ns>.<name>  about 90 collections from different authors), where each
                                  ansible_collections/<ns>/<name>/ is a unit of its own
  npm:<name>                      an npm tarball
  github:<owner>/<name>/<folder>  a top folder of a GitHub repository of examples
  crate:<name>                    a crate in the cargo registry (every version of it)
  deb:<package>                   a system file, by the Debian package that installed it
                                  (dpkg's lists), else system:<directory>
A unit is in `tune` when the first 8 hex digits of sha256(unit) taken mod 100 are below
TUNE_PERCENT (40), else in `holdout`: about 40/60 by unit, the same on every machine.

Files:
  yaml   *.yml *.yaml, but none below a directory named `templates` (Helm's Go templates,
         Ansible's Jinja templates: not YAML until rendered)
  toml   *.toml, Cargo.toml.orig (the crate's own manifest, as written), Cargo.lock,
         poetry.lock, uv.lock, pdm.lock, Pipfile
  shell  in the packages: *.sh *.bash *.zsh *.ksh (unless a shebang names another
         program) and files without an extension whose shebang names a shell; in
         $SHELL_DIRS: regular files (not symlinks) of at most 2 MB whose shebang names a
         shell: sh, bash, dash, zsh, ksh, mksh (directly or through env)
A file whose bytes equal an earlier one's (sorted by path, within one language) is dropped
as a duplicate (several versions of one crate, vendored copies): each text is counted once.
"""

import collections
import hashlib
import importlib.util
import json
import os
import re
import shutil
import sys

sys.dont_write_bytecode = True  # no __pycache__ in the work tree
HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("ref_config", os.path.join(HERE, "ref-config.py"))
ref_config = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(ref_config)

LANGS = ("yaml", "toml", "shell")
CORPORA = ("tune", "holdout")
TUNE_PERCENT = int(os.environ.get("TUNE_PERCENT", "40"))
TOML_NAMES = {"Cargo.toml.orig", "Cargo.lock", "poetry.lock", "uv.lock", "pdm.lock", "Pipfile"}
SHELL_EXTS = {".sh", ".bash", ".zsh", ".ksh"}
MAX_SYSTEM_SCRIPT = 2_000_000
NOT_SHELL_EXTS = {".py", ".pl", ".pm", ".rb", ".tcl", ".php", ".js", ".lua", ".awk", ".sed"}
POLYGLOT = re.compile(rb"^[\"' ]*exec[\"' ].*\b(python[0-9.]*|perl|ruby|node|tclsh|wish)\b")
REF_FIELDS = {"yaml": 6, "toml": 3, "shell": 6}


def split_of(unit):
    return "tune" if int(hashlib.sha256(unit.encode()).hexdigest()[:8], 16) % 100 < TUNE_PERCENT \
        else "holdout"


def stamp_of(path):
    try:
        st = os.stat(path)
    except OSError:
        return None
    return f"{st.st_size}.{int(st.st_mtime)}"


def read_list(path):
    with open(path, encoding="utf-8", errors="surrogateescape") as fh:
        return [l.rstrip("\n") for l in fh if l.strip()]


def load_cache(path, fields):
    """path<TAB>stamp<TAB>fields... -> {path: (stamp, [fields])}; the last line wins."""
    out = {}
    if not os.path.exists(path):
        return out
    with open(path, encoding="utf-8", errors="surrogateescape") as fh:
        for line in fh:
            parts = line.rstrip("\n").split("\t")
            if len(parts) != 2 + fields:
                continue  # a line cut short by an interrupted run
            out[parts[0]] = (parts[1], parts[2:])
    return out


# ---------------------------------------------------------------- collect

def walk_files(root):
    """Regular files below root (no symlinks), sorted."""
    out = []
    for d, dirs, files in os.walk(root):
        dirs.sort()
        for n in files:
            p = os.path.join(d, n)
            if os.path.isfile(p) and not os.path.islink(p):
                out.append(p)
    return out


def lang_of_package_file(rel):
    """rel: path inside a package -> yaml | toml | shell | None (and markdown: md)."""
    parts = rel.split("/")
    name = parts[-1]
    low = name.lower()
    if low.endswith((".yml", ".yaml")):
        return None if "templates" in parts[:-1] else "yaml"
    if low.endswith(".toml") or name in TOML_NAMES:
        return "toml"
    if low.endswith(".md") or low.endswith(".markdown"):
        return "md"
    ext = os.path.splitext(low)[1]
    if ext in SHELL_EXTS or ext == "":
        return "shell?"
    return None


def crate_name(dirname):
    m = re.match(r"^(.*?)-(\d+\.\d+\.\d+.*)$", dirname)
    return m.group(1) if m else dirname


def dpkg_owner_map():
    owner = {}
    info = "/var/lib/dpkg/info"
    try:
        names = sorted(os.listdir(info))
    except OSError:
        return owner
    for n in names:
        if not n.endswith(".list"):
            continue
        pkg = n[:-5].split(":")[0]
        try:
            with open(os.path.join(info, n), encoding="utf-8", errors="replace") as fh:
                for line in fh:
                    p = line.rstrip("\n")
                    owner.setdefault(p, pkg)
                    if not p.startswith("/usr/"):
                        owner.setdefault("/usr" + p, pkg)
        except OSError:
            pass
    return owner


def yaml_kind(path, rel):
    name = os.path.basename(path)
    low = name.lower()
    parts = rel.split("/")
    if ".github/workflows" in rel:
        return "github-workflow"
    if ".github" in parts:
        return "github-other"
    if name in ("Chart.yaml", "Chart.yml") or (low.startswith("values") and
                                               os.path.exists(os.path.join(os.path.dirname(path), "Chart.yaml"))):
        return "helm"
    if "compose" in low:
        return "compose"
    if low in (".pre-commit-config.yaml", ".pre-commit-hooks.yaml"):
        return "pre-commit"
    if low in ("mkdocs.yml", "mkdocs.yaml"):
        return "mkdocs"
    if low in (".travis.yml", ".gitlab-ci.yml", "azure-pipelines.yml", "appveyor.yml",
               ".readthedocs.yml", ".readthedocs.yaml", "codecov.yml", ".codecov.yml") or \
            ".circleci" in parts or ".azure-pipelines" in parts:
        return "ci-other"
    try:
        with open(path, "rb") as fh:
            head = fh.read(8192).decode("utf-8", "replace")
    except OSError:
        head = ""
    if "openapi" in low or "swagger" in low or re.search(r"^(openapi|swagger):", head, re.M):
        return "openapi"
    if re.search(r"^AWSTemplateFormatVersion:", head, re.M) or "cloudformation" in rel.lower():
        return "cloudformation"
    if re.search(r"^apiVersion:", head, re.M) and re.search(r"^kind:", head, re.M):
        return "k8s"
    if "ansible_collections" in parts or any(p in parts for p in ("roles", "playbooks", "tasks",
                                                                 "handlers", "meta", "vars",
                                                                 "defaults", "targets")):
        return "ansible"
    if low.startswith("changelog") or "changelogs" in parts:
        return "changelog"
    return "other"


def toml_kind(path):
    name = os.path.basename(path)
    if name in ("Cargo.toml", "Cargo.toml.orig", "Cargo.lock", "pyproject.toml"):
        return name
    if name in TOML_NAMES:
        return name
    return "other .toml"


def cmd_collect(cache, run):
    cache = os.path.abspath(cache)
    rows = []      # (path, lang, unit, kind-hint, rel)
    md = []        # (path, unit, rel)
    sources = []   # (unit-source, dir)
    pkgs = os.path.join(cache, "pkgs")
    for reg in ("pypi", "npm", "github"):
        base = os.path.join(pkgs, reg)
        if not os.path.isdir(base):
            continue
        for pkg in sorted(os.listdir(base)):
            d = os.path.join(base, pkg)
            if not os.path.exists(os.path.join(d, ".done")):
                continue
            name = pkg.split("==")[0] if reg == "pypi" else pkg.rsplit("@", 1)[0].replace("+", "/")
            sources.append((reg, pkg, d))
            for p in walk_files(d):
                rel = os.path.relpath(p, d)
                parts = rel.split("/")
                unit = f"{reg}:{name}"
                if reg == "pypi" and name == "ansible" and len(parts) > 4 and parts[1] == "ansible_collections":
                    unit = f"ansible-collection:{parts[2]}.{parts[3]}"
                # A repository of examples: each top folder is a unit of its own.
                if reg == "github" and len(parts) > 1:
                    unit = f"github:{name}/{parts[0]}"
                lang = lang_of_package_file(rel)
                if lang is None or rel == ".done":
                    continue
                if lang == "md":
                    low = parts[-1].lower()
                    if low in ("readme.md", "readme.markdown") or \
                            any(x.lower() in ("docs", "doc", "documentation", "docsite") for x in parts[:-1]):
                        md.append((p, unit, rel))
                    continue
                rows.append((p, lang, unit, rel))
    cargo_home = os.environ.get("CARGO_HOME") or os.path.expanduser("~/.cargo")
    crates = []
    src = os.path.join(cargo_home, "registry", "src")
    if os.path.isdir(src):
        for index in sorted(os.listdir(src)):
            idir = os.path.join(src, index)
            for crate in sorted(os.listdir(idir)):
                d = os.path.join(idir, crate)
                if not os.path.isdir(d):
                    continue
                crates.append(crate)
                unit = f"crate:{crate_name(crate)}"
                for p in walk_files(d):
                    rel = os.path.relpath(p, d)
                    lang = lang_of_package_file(rel)
                    if lang in ("yaml", "toml", "shell?"):
                        rows.append((p, lang, unit, rel))
    with open(os.path.join(run, "crates.txt"), "w") as fh:
        fh.write("\n".join(crates) + ("\n" if crates else ""))

    # shell candidates in the packages: decide by shebang / extension
    final = []
    for p, lang, unit, rel in rows:
        if lang == "shell?":
            ext = os.path.splitext(p)[1].lower()
            prog = ref_config.shebang_program(ref_config.first_line(p))
            if prog is None:
                if ext not in SHELL_EXTS:
                    continue
            elif prog not in ref_config.SHELLS:
                continue
            lang = "shell"
        final.append((p, lang, unit, rel))

    # system shell scripts
    owner = dpkg_owner_map()
    seen_real = set()
    for top in os.environ.get("SHELL_DIRS", "/usr/bin /usr/sbin /usr/lib /etc").split():
        if not os.path.isdir(top):
            continue
        for p in walk_files(top):
            try:
                st = os.lstat(p)
            except OSError:
                continue
            if st.st_size < 4 or st.st_size > MAX_SYSTEM_SCRIPT:
                continue
            rp = os.path.realpath(p)
            if rp in seen_real:
                continue
            if os.path.splitext(p)[1].lower() in NOT_SHELL_EXTS:
                continue  # e.g. a #!/bin/sh line that execs python: Python by name
            prog = ref_config.shebang_program(ref_config.first_line(p))
            if prog is None or prog not in ref_config.SHELLS:
                continue
            seen_real.add(rp)
            unit = f"deb:{owner[p]}" if p in owner else f"system:{os.path.dirname(p)}"
            final.append((p, "shell", unit, p))

    # drop duplicates (same bytes, same language): the first path in sorted order stays
    final.sort(key=lambda r: (r[1], r[0]))
    seen = {}
    kept, dups = [], collections.Counter()
    for r in final:
        try:
            with open(r[0], "rb") as fh:
                h = hashlib.sha1(fh.read()).hexdigest()
        except OSError:
            continue
        key = (r[1], h)
        if key in seen:
            dups[r[1]] += 1
            continue
        seen[key] = r[0]
        kept.append(r)

    lists = {(l, c): [] for l in LANGS for c in CORPORA}
    with open(os.path.join(run, "files.tsv"), "w", encoding="utf-8", errors="surrogateescape") as fh:
        for p, lang, unit, rel in kept:
            corpus = split_of(unit)
            if lang == "yaml":
                kind = yaml_kind(p, rel)
            elif lang == "toml":
                kind = toml_kind(p)
            else:
                origin = "system" if unit.startswith(("deb:", "system:")) else \
                    ("crate" if unit.startswith("crate:") else "package")
                kind = f"{ref_config.interp_of(p) or 'sh'} ({origin})"
            fh.write(f"{p}\t{lang}\t{corpus}\t{unit}\t{kind}\n")
            lists[(lang, corpus)].append(p)
    for (lang, corpus), files in lists.items():
        with open(os.path.join(run, f"{lang}.{corpus}.list"), "w", encoding="utf-8",
                  errors="surrogateescape") as fh:
            for p in sorted(files):
                fh.write(p + "\n")

    # Markdown: copied into CACHE/markdown/<corpus>/<unit>/<rel>, duplicates dropped
    mdroot = os.path.join(cache, "markdown")
    shutil.rmtree(mdroot, ignore_errors=True)
    os.makedirs(mdroot)
    mdseen, mdcount = set(), collections.Counter()
    mdbytes = collections.Counter()
    with open(os.path.join(mdroot, "index.tsv"), "w", encoding="utf-8", errors="surrogateescape") as idx:
        idx.write("copy\tcorpus\tunit\toriginal\n")
        for p, unit, rel in sorted(md):
            with open(p, "rb") as fh:
                data = fh.read()
            h = hashlib.sha1(data).hexdigest()
            if h in mdseen:
                continue
            mdseen.add(h)
            corpus = split_of(unit)
            dest = os.path.join(mdroot, corpus, unit.replace(":", "+").replace("/", "+"), rel)
            os.makedirs(os.path.dirname(dest), exist_ok=True)
            with open(dest, "wb") as fh:
                fh.write(data)
            mdcount[corpus] += 1
            mdbytes[corpus] += len(data)
            idx.write(f"{dest}\t{corpus}\t{unit}\t{p}\n")
    with open(os.path.join(run, "collect.txt"), "w") as fh:
        fh.write("duplicates dropped: " + ", ".join(f"{l} {dups[l]}" for l in LANGS) + "\n")
        fh.write(f"markdown (no reference, for later use): {mdroot}: " + ", ".join(
            f"{c} {mdcount[c]} files {mdbytes[c] / 1e6:.1f} MB" for c in CORPORA) + "\n")
        fh.write(f"crates in {src}: {len(crates)} (list: {os.path.join(run, 'crates.txt')})\n")
    for lang in LANGS:
        print(f"{lang}: " + ", ".join(f"{c} {len(lists[(lang, c)])}" for c in CORPORA), file=sys.stderr)


# ---------------------------------------------------------------- todo / stamp

def cmd_todo(cache_path, fields, list_path):
    cache = load_cache(cache_path, fields)
    for f in read_list(list_path):
        hit = cache.get(f)
        if hit is None or hit[0] != stamp_of(f):
            print(f)


def cmd_stamp():
    for line in sys.stdin:
        line = line.rstrip("\n")
        path, _, rest = line.partition("\t")
        s = stamp_of(path)
        if s is not None and rest:
            print(f"{path}\t{s}\t{rest}", flush=True)


# ---------------------------------------------------------------- report

def cmd_report(run, cache):
    cache = os.path.abspath(cache)
    refs = {l: load_cache(os.path.join(cache, "ref", f"{l}.tsv"), REF_FIELDS[l]) for l in LANGS}
    meta = {}
    with open(os.path.join(run, "files.tsv"), encoding="utf-8", errors="surrogateescape") as fh:
        for line in fh:
            p, lang, corpus, unit, kind = line.rstrip("\n").split("\t")
            meta[p] = (lang, corpus, unit, kind)
    gc_cwd = os.path.join(run, "gc")
    gc = {}
    for lang in LANGS:
        for c in CORPORA:
            gpath = os.path.join(run, f"{lang}.{c}.gencheck.jsonl")
            if not os.path.exists(gpath):
                continue
            with open(gpath, encoding="utf-8", errors="surrogateescape") as fh:
                for line in fh:
                    try:
                        d = json.loads(line)
                    except ValueError:
                        continue
                    p = os.path.normpath(os.path.join(gc_cwd, d["path"]))
                    gc[p] = d  # a forced (--lang) line comes later and wins
    roots = [(os.path.join(cache, "pkgs") + os.sep, "")]
    cargo_home = os.environ.get("CARGO_HOME") or os.path.expanduser("~/.cargo")
    roots.append((os.path.join(cargo_home, "registry", "src") + os.sep, "cargo:"))

    def rel(p):
        for r, tag in roots:
            if p.startswith(r):
                return tag + p[len(r):]
        return p

    def reference(p, lang):
        hit = refs[lang].get(p)
        if hit is None or hit[0] != stamp_of(p):
            return dict(rejected=None, verdict="none", where="", msg="no reference verdict", note="", tool="")
        f = hit[1]
        if lang == "yaml":
            verdict, where, msg, pv, pw, pm = f
            note = ""
            if pv != verdict:
                note = f"PyYAML: {pv}" + (f" {pw} {pm}" if pv == "rejected" else "")
            rej = True if verdict == "rejected" else (False if verdict == "ok" else None)
            return dict(rejected=rej, verdict=verdict, where=where, msg=msg, note=note,
                        tool="ruamel.yaml", pyyaml=pv)
        if lang == "toml":
            verdict, where, msg = f
            rej = True if verdict == "rejected" else (False if verdict == "ok" else None)
            return dict(rejected=rej, verdict=verdict, where=where, msg=msg, note="", tool="tomllib")
        it, verdict, where, msg, bv, bm = f
        tool = {"sh": "dash -n", "bash": "bash -n", "zsh": "zsh -n", "ksh": "ksh -n"}.get(it, it)
        note = ""
        if it != "bash" and bv != verdict:
            note = "bash -n: " + (bv if bv != "rejected" else f"rejected {bm}")
        rej = True if verdict == "rejected" else (False if verdict == "ok" else None)
        return dict(rejected=rej, verdict=verdict, where=where, msg=msg, note=note, tool=tool,
                    interp=it, bash=bv)

    def gc_errors(g):
        if g is None:
            return "no gencheck result"
        errs = g.get("errors") or []
        if not errs:
            return "no error finding"
        return " | ".join(
            f"{e['rule']} {e.get('line') or '?'}:{e.get('col') or '?'} {e['message'][:200]}" for e in errs[:3]
        ) + (f" | (+{len(errs) - 3} more)" if len(errs) > 3 else "")

    def ref_text(r):
        s = f"{r['tool']} {r['where']} {r['msg']}".strip()
        if r.get("note"):
            s += f" [{r['note']}]"
        return s

    table = {}
    for lang in LANGS:
        for c in CORPORA:
            rows = []
            for p in read_list(os.path.join(run, f"{lang}.{c}.list")):
                try:
                    size = os.path.getsize(p)
                except OSError:
                    size = 0
                r = reference(p, lang)
                g = gc.get(p)
                g_rej = None if g is None else (not g["accepted"])
                rows.append(dict(path=p, size=size, ref=r, gc=g, gc_rej=g_rej, kind=meta[p][3],
                                 unit=meta[p][2]))
            table[(lang, c)] = rows

    def counts(rows):
        n = len(rows)
        mb = sum(r["size"] for r in rows) / 1e6
        ref_rej = sum(1 for r in rows if r["ref"]["rejected"])
        gc_rej = sum(1 for r in rows if r["gc_rej"])
        fp = sum(1 for r in rows if r["gc_rej"] and r["ref"]["rejected"] is False)
        miss = sum(1 for r in rows if r["ref"]["rejected"] and r["gc_rej"] is False)
        no_ref = sum(1 for r in rows if r["ref"]["rejected"] is None)
        no_gc = sum(1 for r in rows if r["gc_rej"] is None)
        unparsed = sum(1 for r in rows if r["gc"] is not None and r["gc"].get("unknown"))
        forced = sum(1 for r in rows if r["gc"] is not None and r["gc"].get("forced"))
        return n, mb, ref_rej, gc_rej, fp, miss, no_ref, no_gc, unparsed, forced

    head = (f"{'':<18} {'files':>6} {'MB':>7} {'ref-rej':>7} {'gc-rej':>6} {'FP':>5} {'misses':>6} "
            f"{'no-ref':>6} {'no-gc':>5} {'unparsed':>8} {'forced':>6}")
    fmt = "{:<18} {:>6} {:>7.1f} {:>7} {:>6} {:>5} {:>6} {:>6} {:>5} {:>8} {:>6}"
    print("FP = gencheck rejects, reference accepts; misses = reference rejects, gencheck accepts;")
    print("no-ref / no-gc = no verdict from the reference / from gencheck; unparsed = gencheck")
    print("answered unknown-language (it does not check the language: every such file is accepted);")
    print("forced = gencheck knew no language for the file's name or shebang, so it was checked")
    print("again with --lang (Cargo.toml.orig, Cargo.lock, odd shebangs: a detection gap to fix)")
    print()
    print(head.replace("                  ", "language/corpus   ", 1))
    for lang in LANGS:
        for c in CORPORA:
            print(fmt.format(f"{lang}/{c}", *counts(table[(lang, c)])))
    for lang in LANGS:
        for c in CORPORA:
            rows = table[(lang, c)]
            label = {"yaml": "kind", "toml": "file name", "shell": "interpreter"}[lang]
            print()
            print(f"--- {lang}/{c}: by {label}")
            print(head.replace("                  ", f"{label:<18}", 1))
            by = collections.defaultdict(list)
            for r in rows:
                by[r["kind"]].append(r)
            for k in sorted(by, key=lambda k: (-len(by[k]), k)):
                print(fmt.format(k[:18], *counts(by[k])))
            units = collections.Counter(r["unit"] for r in rows)
            print(f"units ({len(units)}): " + ", ".join(f"{u} {n}" for u, n in sorted(units.items())))

    for lang in LANGS:
        for c in CORPORA:
            rows = table[(lang, c)]
            fps = [r for r in rows if r["gc_rej"] and r["ref"]["rejected"] is False]
            rejs = [r for r in rows if r["ref"]["rejected"]]
            misses = [r for r in rejs if r["gc_rej"] is False]
            noref = [r for r in rows if r["ref"]["rejected"] is None]
            nogc = [r for r in rows if r["gc_rej"] is None]
            print()
            print(f"=== {lang}/{c}: false positives (gencheck rejects, reference accepts): {len(fps)}")
            for r in fps:
                note = f" [{r['ref']['note']}]" if r["ref"].get("note") else ""
                print(f"{rel(r['path'])}\n    reference: {r['ref']['tool']} ok{note}\n"
                      f"    gencheck:  {gc_errors(r['gc'])}")
            print(f"=== {lang}/{c}: misses (reference rejects, gencheck accepts): {len(misses)}"
                  f"{' (gencheck does not parse this language yet)' if misses and all(r['gc'] and r['gc'].get('unknown') for r in misses) else ''}")
            print(f"=== {lang}/{c}: every file the reference rejects: {len(rejs)} "
                  f"([miss] gencheck accepts, [both] gencheck rejects too, [no-gc] no gencheck result)")
            for r in rejs:
                tag = "[both]" if r["gc_rej"] else ("[miss]" if r["gc_rej"] is False else "[no-gc]")
                templ = ""
                try:
                    with open(r["path"], "rb") as fh:
                        lines = fh.read().split(b"\n")
                except OSError:
                    lines = []
                m = re.match(r"(\d+):", r["ref"]["where"])
                if m and "DuplicateKey" not in r["ref"]["msg"]:
                    n = int(m.group(1))
                    near = b"\n".join(lines[max(0, n - 2):n + 1])
                    if b"{{" in near or b"{%" in near:
                        templ = " [{{ or {% near the error: a template?]"
                if lang == "shell":
                    for i, l in enumerate(lines[1:15], 2):
                        if POLYGLOT.match(l):
                            templ += f" [line {i} execs another interpreter: a polyglot?]"
                            break
                print(f"{tag} {rel(r['path'])}{templ}\n    reference: {ref_text(r['ref'])}")
                if r["gc_rej"]:
                    print(f"    gencheck:  {gc_errors(r['gc'])}")
            if noref:
                print(f"=== {lang}/{c}: no reference verdict: {len(noref)}")
                for r in noref:
                    print(f"{rel(r['path'])}: {r['ref']['verdict']} {r['ref']['msg']}")
            if nogc:
                print(f"=== {lang}/{c}: no gencheck result (not run, crash or cut-off batch?): {len(nogc)}")
                for r in nogc[:30]:
                    print(rel(r["path"]))
                if len(nogc) > 30:
                    print(f"... and {len(nogc) - 30} more")
            if lang == "yaml":
                dis = [r for r in rows if r["ref"].get("pyyaml") and r["ref"]["rejected"] is False
                       and r["ref"]["pyyaml"] != "ok"]
                print(f"=== {lang}/{c}: ruamel.yaml accepts, PyYAML (YAML 1.1, information only) rejects: {len(dis)}")
                for r in dis[:40]:
                    print(f"{rel(r['path'])}\n    {r['ref']['note']}")
                if len(dis) > 40:
                    print(f"... and {len(dis) - 40} more")
            if lang == "shell":
                dis = [r for r in rows if r["ref"].get("interp") == "sh" and r["ref"]["verdict"] == "rejected"
                       and r["ref"].get("bash") == "ok"]
                print(f"=== {lang}/{c}: sh scripts dash rejects and bash accepts (bashisms), in the list above: {len(dis)}")


def main(argv):
    if len(argv) == 3 and argv[0] == "collect":
        cmd_collect(argv[1], argv[2])
    elif len(argv) == 4 and argv[0] == "todo":
        cmd_todo(argv[1], int(argv[2]), argv[3])
    elif argv[:1] == ["stamp"]:
        cmd_stamp()
    elif len(argv) == 3 and argv[0] == "report":
        cmd_report(argv[1], argv[2])
    else:
        print(__doc__, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
