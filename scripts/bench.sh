#!/usr/bin/env bash
# Benchmark gencheck against ruff and CPython's own compiler.
#
#   bash scripts/bench.sh            # run, print the tables
#   bash scripts/bench.sh --write    # ... and rewrite BENCHMARKS.md
#
# Data sets (all built in a temporary directory, nothing is written into the repo
# unless --write is given):
#   * the CPython standard library of `python3` on PATH, without site-packages,
#     only the .py files that `ast.parse` accepts (and `compile()`, which also
#     rejects e.g. a misplaced `from __future__`) and that are UTF-8 (ruff reads
#     nothing else), so every tool sees the same valid files;
#   * the PostgreSQL contrib extension scripts (*.sql) from the Debian package
#     postgresql-N (`apt-get download` + `dpkg -x`, N = what `postgresql` depends on);
#   * the same stdlib copy committed to a git repository, and two single files
#     committed then edited: inside a git work tree gencheck also compares each
#     file with its HEAD version.
#
# Tools: hyperfine (apt-get install if missing), ruff (pip, into a temporary
# venv), the release build of gencheck (`cargo build --release`).
#
# Environment knobs:
#   BENCH_RUNS=N          minimum runs for the directory benchmarks (default 10)
#   BENCH_FILE_RUNS=N     minimum runs for the single-file benchmarks (default 50)
#   BENCH_GIT_RUNS=N      minimum runs for the stdlib in a git work tree (default 5)
#   RUFF_VERSION=X.Y.Z    pin ruff (default: newest on PyPI)
#   GENCHECK=path         use this binary instead of building target/release/gencheck
#   GENCHECK_LABEL=text   what BENCHMARKS.md calls that binary (default: its path)
#   PYTHON=python3        the interpreter whose stdlib is the data set
#   BENCH_KEEP=1          keep the temporary directory (its path is printed)
set -euo pipefail

WRITE=0
for arg in "$@"; do
    case "$arg" in
        --write) WRITE=1 ;;
        -h|--help) sed -n '2,/^set -euo/p' "$0" | sed -n 's/^# \{0,1\}//p'; exit 0 ;;
        *) echo "bench.sh: unknown argument: $arg" >&2; exit 2 ;;
    esac
done

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
RUNS=${BENCH_RUNS:-10}
FILE_RUNS=${BENCH_FILE_RUNS:-50}
GIT_RUNS=${BENCH_GIT_RUNS:-5}
# The interpreter itself, not a wrapper (a pyenv shim costs ~250 ms per start).
PY=$("${PYTHON:-python3}" -c 'import sys; print(sys.executable)')

WORK=$(mktemp -d "${TMPDIR:-/tmp}/gencheck-bench.XXXXXX")
cleanup() {
    if [[ "${BENCH_KEEP:-0}" == 1 ]]; then
        echo "bench.sh: kept $WORK" >&2
    else
        rm -rf "$WORK"
    fi
}
trap cleanup EXIT

log() { printf '\n== %s\n' "$*" >&2; }
SUDO=""
if [[ $(id -u) != 0 ]]; then SUDO="sudo"; fi
APT_UPDATED=0
apt_update_once() {
    if [[ $APT_UPDATED == 0 ]]; then
        $SUDO apt-get update -qq >&2
        APT_UPDATED=1
    fi
}

# ---------------------------------------------------------------- tools
if ! command -v hyperfine >/dev/null 2>&1; then
    log "installing hyperfine"
    apt_update_once
    $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq hyperfine >&2
fi

if ! command -v git >/dev/null 2>&1; then
    log "installing git"
    apt_update_once
    $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq git >&2
fi

GC_LABEL=""
if [[ -n "${GENCHECK:-}" ]]; then
    GC=$(realpath "$GENCHECK")
    GC_LABEL="${GENCHECK_LABEL:-binary $GC}"
else
    log "cargo build --release"
    (cd "$ROOT" && cargo build --release --quiet >&2)
    GC="${CARGO_TARGET_DIR:-$ROOT/target}/release/gencheck"
    [[ "$GC" = /* ]] || GC="$ROOT/$GC"
fi
[[ -x "$GC" ]] || { echo "bench.sh: no gencheck binary at $GC" >&2; exit 2; }

log "installing ruff into a temporary venv"
"$PY" -m venv "$WORK/venv"
"$WORK/venv/bin/pip" install --quiet --disable-pip-version-check "ruff${RUFF_VERSION:+==$RUFF_VERSION}" >&2
RUFF="$WORK/venv/bin/ruff"

# ---------------------------------------------------------------- data: stdlib
log "copying the standard library (.py files that ast.parse and compile() accept, UTF-8)"
STDLIB="$WORK/stdlib"
"$PY" - "$STDLIB" "$WORK/stdlib.env" <<'EOF'
import ast, os, shutil, sys, sysconfig, warnings
dest, envfile = sys.argv[1], sys.argv[2]
src = sysconfig.get_paths()["stdlib"]
skip_dirs = {"site-packages", "dist-packages", "__pycache__"}
kept, rejected, nonutf8 = [], 0, 0
warnings.simplefilter("ignore")  # SyntaxWarning / DeprecationWarning from old test files
for root, dirs, files in os.walk(src):
    dirs[:] = sorted(d for d in dirs if d not in skip_dirs)
    for name in sorted(files):
        if not name.endswith(".py"):
            continue
        path = os.path.join(root, name)
        with open(path, "rb") as f:
            data = f.read()
        try:
            ast.parse(data, filename=path)
            compile(data, path, "exec", dont_inherit=True)
        except (SyntaxError, ValueError):
            rejected += 1
            continue
        try:
            data.decode("utf-8")
        except UnicodeDecodeError:
            nonutf8 += 1
            continue
        rel = os.path.relpath(path, src)
        out = os.path.join(dest, rel)
        os.makedirs(os.path.dirname(out), exist_ok=True)
        shutil.copyfile(path, out)
        kept.append((rel, len(data)))
size = sum(s for _, s in kept)
# A "typical" file: the one closest to 30 KB (ties: by name), outside test/ dirs.
typical = min((k for k in kept if not k[0].startswith(("test/", "idlelib/idle_test/"))),
              key=lambda k: (abs(k[1] - 30_000), k[0]))
largest = max(kept, key=lambda k: (k[1], k[0]))
with open(envfile, "w") as f:
    f.write(f"STDLIB_SRC='{src}'\n")
    f.write(f"STDLIB_FILES={len(kept)}\n")
    f.write(f"STDLIB_REJECTED={rejected}\n")
    f.write(f"STDLIB_NONUTF8={nonutf8}\n")
    f.write(f"STDLIB_BYTES={size}\n")
    f.write(f"TYPICAL_REL='{typical[0]}'\nTYPICAL_BYTES={typical[1]}\n")
    f.write(f"LARGEST_REL='{largest[0]}'\nLARGEST_BYTES={largest[1]}\n")
EOF
# shellcheck disable=SC1091
source "$WORK/stdlib.env"
TYPICAL="$STDLIB/$TYPICAL_REL"
LARGEST="$STDLIB/$LARGEST_REL"
PYVER=$("$PY" -c 'import sys;print("%d.%d.%d" % sys.version_info[:3])')
PYTARGET=$("$PY" -c 'import sys;print("py%d%d" % sys.version_info[:2])')

# ---------------------------------------------------------------- data: PostgreSQL contrib
log "fetching the PostgreSQL contrib extension scripts"
PGPKG=$(apt-cache show postgresql 2>/dev/null | sed -n 's/^Depends:.*\(postgresql-[0-9][0-9]*\).*/\1/p' | head -1 || true)
if [[ -z "$PGPKG" ]]; then
    apt_update_once
    PGPKG=$(apt-cache show postgresql | sed -n 's/^Depends:.*\(postgresql-[0-9][0-9]*\).*/\1/p' | head -1)
fi
mkdir -p "$WORK/deb" "$WORK/pgroot" "$WORK/sql"
if ! (cd "$WORK/deb" && apt-get download -qq "$PGPKG" >&2 2>/dev/null); then
    apt_update_once
    (cd "$WORK/deb" && apt-get download -qq "$PGPKG" >&2)
fi
DEB=$(ls "$WORK"/deb/*.deb | head -1)
PGVERSION=$(dpkg-deb -f "$DEB" Version)
dpkg -x "$DEB" "$WORK/pgroot"
cp "$WORK"/pgroot/usr/share/postgresql/*/extension/*.sql "$WORK/sql/"
SQL="$WORK/sql"
SQL_FILES=$(find "$SQL" -name '*.sql' | wc -l)
SQL_BYTES=$(find "$SQL" -name '*.sql' -printf '%s\n' | awk '{s+=$1} END {print s}')

# ---------------------------------------------------------------- data: a git work tree
# Inside a git work tree gencheck also reads each file's previous (committed)
# version and compares the two; outside one it does not. The copy of the stdlib
# is committed unchanged; the two single files are committed, then get one new
# line at the end (a typical small edit).
log "committing a copy of the standard library to a git repository"
GITREPO="$WORK/git-stdlib"
cp -r "$STDLIB" "$GITREPO"
GIT=(git -C "$GITREPO" -c user.name=bench -c user.email=bench@localhost -c commit.gpgsign=false)
"${GIT[@]}" init -q
"${GIT[@]}" add -A
"${GIT[@]}" commit -q -m "stdlib"
GITEDIT="$WORK/git-edit"
mkdir -p "$GITEDIT"
cp "$TYPICAL" "$GITEDIT/typical.py"
cp "$LARGEST" "$GITEDIT/largest.py"
GIT=(git -C "$GITEDIT" -c user.name=bench -c user.email=bench@localhost -c commit.gpgsign=false)
"${GIT[@]}" init -q
"${GIT[@]}" add -A
"${GIT[@]}" commit -q -m "before the edit"
printf '\n\ndef _bench_added(x):\n    return x + 1\n' >>"$GITEDIT/typical.py"
printf '\n\ndef _bench_added(x):\n    return x + 1\n' >>"$GITEDIT/largest.py"

# ---------------------------------------------------------------- commands
RUFF_CMD="$RUFF check --no-cache --isolated --exclude= --target-version $PYTARGET --select E902 $STDLIB"
GC_CMD="$GC check $STDLIB"
GC1_CMD="$GC check --threads 1 $STDLIB"
RUFF1_CMD="env RAYON_NUM_THREADS=1 $RUFF_CMD"
# Bytecode goes to a temp prefix, never beside the sources. PYTHONDONTWRITEBYTECODE
# is dropped so that the modules Python imports to start (site, py_compile, ...)
# are cached there after the warmup instead of being recompiled on every run.
PYENV="env -u PYTHONDONTWRITEBYTECODE PYTHONPYCACHEPREFIX=$WORK/pycache"
PYC_CMD="$PYENV $PY -m compileall -q -f -j 0 $STDLIB"
PYC1_CMD="$PYENV $PY -m compileall -q -f $STDLIB"

# gencheck looks for previous versions in the git work tree of the current
# directory, so everything below runs from the temporary directory (no repository),
# and the git-work-tree ones from inside their repository.
cd "$WORK"

# Sanity checks: the same files for every tool, and what each one decides.
log "verdicts (exit codes) before timing"
verdict() { # name, command...
    local name=$1; shift
    local rc=0
    "$@" >"$WORK/verdict.out" 2>&1 || rc=$?
    printf '| %s | %s |\n' "$name" "$rc"
}
RUFF_SEEN=$($RUFF check --no-cache --isolated --exclude= --show-files "$STDLIB" 2>/dev/null | grep -c '\.py$' || true)
if [[ "$RUFF_SEEN" != "$STDLIB_FILES" ]]; then
    echo "bench.sh: warning: ruff sees $RUFF_SEEN files, the corpus has $STDLIB_FILES" >&2
fi
{
    echo "| command | exit code |"
    echo "|:---|---:|"
    # shellcheck disable=SC2086
    verdict "gencheck check stdlib" $GC_CMD
    # shellcheck disable=SC2086
    verdict "ruff check stdlib" $RUFF_CMD
    # shellcheck disable=SC2086
    verdict "compileall stdlib" $PYC_CMD
    verdict "gencheck check contrib --dialect postgres" "$GC" check --dialect postgres "$SQL"
    verdict "gencheck check contrib (generic)" "$GC" check "$SQL"
    (cd "$GITREPO" && verdict "gencheck check stdlib in a git work tree" "$GC" check .)
    (cd "$GITEDIT" && verdict "gencheck check two edited files in a git work tree" "$GC" check typical.py largest.py)
} >"$WORK/verdicts.md"
# What gencheck decided, from its JSON document: "R of N rejected (rule×count, ...)".
gc_summary() {
    { "$GC" check --format json "$@" 2>/dev/null || true; } | "$PY" -c '
import collections, json, sys
try:
    d = json.load(sys.stdin)
except Exception as e:
    print("? (no JSON: %s)" % e); sys.exit()
s = d.get("summary", {})
rules = collections.Counter(f["rule"] for fl in d.get("files", []) if not fl.get("accepted", True)
                            for f in fl.get("findings", []) if f.get("severity") == "error")
top = ", ".join("`%s` %d" % kv for kv in rules.most_common(4))
print("%s of %s rejected%s" % (s.get("rejected", "?"), s.get("files", "?"), " (errors: %s)" % top if top else ""))
' || echo "?"
}
GC_STDLIB_SUMMARY=$(gc_summary "$STDLIB")
GC_PG_SUMMARY=$(gc_summary --dialect postgres "$SQL")
GC_GENERIC_SUMMARY=$(gc_summary "$SQL")
cat "$WORK/verdicts.md" >&2
# ruff's output on its own E902/syntax diagnostics, to say how many files it flags.
RUFF_FLAGGED=$($RUFF_CMD --output-format concise 2>/dev/null | grep -E '^/' | cut -d: -f1 | sort -u | wc -l || true)

# ---------------------------------------------------------------- timing
# How busy the CPUs are over 3 s (from /proc/stat): other work skews the timings.
cpu_busy() {
    local a b
    a=$(awk '/^cpu / {print $2+$3+$4+$7+$8+$9, $2+$3+$4+$5+$6+$7+$8+$9}' /proc/stat)
    sleep 3
    b=$(awk '/^cpu / {print $2+$3+$4+$7+$8+$9, $2+$3+$4+$5+$6+$7+$8+$9}' /proc/stat)
    awk -v a="$a" -v b="$b" 'BEGIN {split(a, x, " "); split(b, y, " ");
        t = y[2] - x[2]; v = 0; if (t > 0) v = 100 * (y[1] - x[1]) / t; printf "%.0f", v}'
}
BUSY_BEFORE=$(cpu_busy)
if (( BUSY_BEFORE > 20 )); then
    echo "bench.sh: warning: the CPUs are ${BUSY_BEFORE}% busy with other work; the timings will be skewed" >&2
fi
HF=(hyperfine --warmup 2 --ignore-failure --output=null --style basic -N)
MB=$(awk -v b="$STDLIB_BYTES" 'BEGIN {printf "%.1f", b/1e6}')
SQL_KB=$(awk -v b="$SQL_BYTES" 'BEGIN {printf "%.0f", b/1e3}')

log "1/6 whole standard library ($STDLIB_FILES files, $MB MB)"
"${HF[@]}" --min-runs "$RUNS" \
    --export-markdown "$WORK/t_stdlib.md" --export-json "$WORK/t_stdlib.json" \
    -n "gencheck check" "$GC_CMD" \
    -n "ruff check --select E902" "$RUFF_CMD" \
    -n "gencheck check --threads 1" "$GC1_CMD" \
    -n "ruff check --select E902 (RAYON_NUM_THREADS=1)" "$RUFF1_CMD" \
    -n "python3 -m compileall -f -j 0" "$PYC_CMD" \
    -n "python3 -m compileall -f (1 process)" "$PYC1_CMD" >&2

log "2/6 one typical file ($TYPICAL_REL, $TYPICAL_BYTES bytes)"
"${HF[@]}" --min-runs "$FILE_RUNS" \
    --export-markdown "$WORK/t_typical.md" --export-json "$WORK/t_typical.json" \
    -n "gencheck check $TYPICAL_REL" "$GC check $TYPICAL" \
    -n "ruff check $TYPICAL_REL" "$RUFF check --no-cache --isolated --target-version $PYTARGET --select E902 $TYPICAL" \
    -n "python3 -m py_compile $TYPICAL_REL" "$PYENV $PY -m py_compile $TYPICAL" >&2

log "3/6 the largest file ($LARGEST_REL, $LARGEST_BYTES bytes)"
"${HF[@]}" --min-runs "$FILE_RUNS" \
    --export-markdown "$WORK/t_largest.md" --export-json "$WORK/t_largest.json" \
    -n "gencheck check $LARGEST_REL" "$GC check $LARGEST" \
    -n "ruff check $LARGEST_REL" "$RUFF check --no-cache --isolated --target-version $PYTARGET --select E902 $LARGEST" \
    -n "python3 -m py_compile $LARGEST_REL" "$PYENV $PY -m py_compile $LARGEST" >&2

log "4/6 PostgreSQL contrib scripts ($SQL_FILES files, $SQL_KB KB)"
"${HF[@]}" --min-runs "$RUNS" \
    --export-markdown "$WORK/t_sql.md" --export-json "$WORK/t_sql.json" \
    -n "gencheck check --dialect postgres" "$GC check --dialect postgres $SQL" \
    -n "gencheck check (generic)" "$GC check $SQL" \
    -n "gencheck check --dialect postgres --threads 1" "$GC check --threads 1 --dialect postgres $SQL" >&2

log "5/6 the standard library committed in a git work tree"
(cd "$GITREPO" && "${HF[@]}" --min-runs "$GIT_RUNS" \
    --export-markdown "$WORK/t_gitdir.md" --export-json "$WORK/t_gitdir.json" \
    -n "gencheck check . (git work tree)" "$GC check ." \
    -n "ruff check --select E902 . (git work tree)" "$RUFF check --no-cache --isolated --exclude= --target-version $PYTARGET --select E902 ." >&2)

log "6/6 single files edited in a git work tree"
(cd "$GITEDIT" && "${HF[@]}" --min-runs "$FILE_RUNS" \
    --export-markdown "$WORK/t_gitfile.md" --export-json "$WORK/t_gitfile.json" \
    -n "gencheck check $TYPICAL_REL (edited)" "$GC check typical.py" \
    -n "gencheck check --no-diff $TYPICAL_REL (edited)" "$GC check --no-diff typical.py" \
    -n "gencheck check $LARGEST_REL (edited)" "$GC check largest.py" \
    -n "ruff check $TYPICAL_REL (edited)" "$RUFF check --no-cache --isolated --target-version $PYTARGET --select E902 typical.py" >&2)

BUSY_AFTER=$(cpu_busy)

# ---------------------------------------------------------------- summary
# Throughput (MB/s of source) per command, and the two targets.
"$PY" - "$WORK" "$STDLIB_BYTES" "$TYPICAL_BYTES" "$LARGEST_BYTES" "$SQL_BYTES" "$TYPICAL_REL" "$LARGEST_REL" >"$WORK/summary.md" <<'EOF'
import json, sys
work, stdlib_b, typ_b, big_b, sql_b = sys.argv[1], *map(int, sys.argv[2:6])
typ_rel, big_rel = sys.argv[6:8]
def load(name):
    return {r["command"]: r for r in json.load(open(f"{work}/{name}.json"))["results"]}
rows = []
for table, size in (("t_stdlib", stdlib_b), ("t_typical", typ_b), ("t_largest", big_b), ("t_sql", sql_b),
                    ("t_gitdir", stdlib_b)):
    for cmd, r in load(table).items():
        rows.append((cmd, r["mean"], r["stddev"] or 0.0, size / r["mean"] / 1e6))
for cmd, r in load("t_gitfile").items():
    size = big_b if big_rel in cmd else typ_b
    rows.append((cmd, r["mean"], r["stddev"] or 0.0, size / r["mean"] / 1e6))
print("| Command | Mean [ms] | Throughput [MB/s] |")
print("|:---|---:|---:|")
for cmd, mean, sd, mbs in rows:
    print(f"| `{cmd}` | {mean*1e3:.1f} ± {sd*1e3:.1f} | {mbs:.1f} |")
print()
s = load("t_stdlib")
gc, ruff = s["gencheck check"]["mean"], s["ruff check --select E902"]["mean"]
gc1, ruff1 = (s["gencheck check --threads 1"]["mean"],
              s["ruff check --select E902 (RAYON_NUM_THREADS=1)"]["mean"])
mn = lambda r: min(r["times"])
gcm, ruffm = mn(s["gencheck check"]), mn(s["ruff check --select E902"])
gc1m, ruff1m = (mn(s["gencheck check --threads 1"]),
                mn(s["ruff check --select E902 (RAYON_NUM_THREADS=1)"]))
ratio = gc / ruff
typ_r = next(iter(load("t_typical").values()))
big_r = next(iter(load("t_largest").values()))
typ, big = typ_r["mean"], big_r["mean"]
ok = lambda b: "met" if b else "**missed**"
print("| Target | Measured (means) | Measured (fastest runs) | |")
print("|:---|---:|---:|:---|")
print(f"| whole stdlib, every rule on: gencheck ≤ 1.0× ruff wall time | {ratio:.2f}× ({gc*1e3:.0f} ms vs {ruff*1e3:.0f} ms) "
      f"| {gcm/ruffm:.2f}× ({gcm*1e3:.0f} ms vs {ruffm*1e3:.0f} ms) | {ok(ratio <= 1.0)} |")
print(f"| single thread: gencheck vs ruff | {gc1/ruff1:.2f}× ({gc1*1e3:.0f} ms vs {ruff1*1e3:.0f} ms) "
      f"| {gc1m/ruff1m:.2f}× ({gc1m*1e3:.0f} ms vs {ruff1m*1e3:.0f} ms) | (information) |")
print(f"| one typical file < 10 ms | {typ*1e3:.1f} ms | {mn(typ_r)*1e3:.1f} ms | {ok(typ < 0.010)} |")
print(f"| the largest file < 10 ms | {big*1e3:.1f} ms | {mn(big_r)*1e3:.1f} ms | {ok(big < 0.010)} |")
g = load("t_gitdir")
ggc, gruff = g["gencheck check . (git work tree)"], g["ruff check --select E902 . (git work tree)"]
gr = ggc["mean"] / gruff["mean"]
print(f"| stdlib in a git work tree: gencheck ≤ 2× ruff | {gr:.2f}× ({ggc['mean']*1e3:.0f} ms vs {gruff['mean']*1e3:.0f} ms) "
      f"| {mn(ggc)/mn(gruff):.2f}× ({mn(ggc)*1e3:.0f} ms vs {mn(gruff)*1e3:.0f} ms) | {ok(gr <= 2)} |")
f = load("t_gitfile")
for label, cmd, limit in (
        ("typical file edited in a git work tree ≤ 5 ms", f"gencheck check {typ_rel} (edited)", 0.005),
        ("largest file edited in a git work tree (information)", f"gencheck check {big_rel} (edited)", None)):
    r = f[cmd]
    verdict = "(information)" if limit is None else ok(r["mean"] <= limit)
    print(f"| {label} | {r['mean']*1e3:.1f} ms | {mn(r)*1e3:.1f} ms | {verdict} |")
EOF

CPU=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)
MEM=$(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo)
OS=$( (. /etc/os-release 2>/dev/null && echo "$PRETTY_NAME") || uname -s)
KERNEL=$(uname -r)
if [[ -n "$GC_LABEL" ]]; then
    REV=$GC_LABEL
else
    REV="commit $(cd "$ROOT" && git rev-parse --short HEAD 2>/dev/null || echo unknown)"
    if [[ -n "$(cd "$ROOT" && git status --porcelain --untracked-files=no -- src Cargo.toml Cargo.lock 2>/dev/null)" ]]; then
        REV="$REV + uncommitted changes"
    fi
fi

report() {
    cat <<EOF
# Benchmarks

Produced by \`bash scripts/bench.sh --write\` on $(date -u +%Y-%m-%d). Numbers are
wall-clock times from [hyperfine](https://github.com/sharkdp/hyperfine)
(\`--warmup 2\`, at least $RUNS runs per directory command, $GIT_RUNS for the
stdlib in a git work tree and $FILE_RUNS per single-file command, output sent to
/dev/null).

## Machine

| | |
|:---|:---|
| CPU | $CPU |
| cores (\`nproc\`) | $(nproc) |
| memory | $MEM |
| OS | $OS, kernel $KERNEL |
| CPU busy with other work (3 s sample) | ${BUSY_BEFORE}% before the timings, ${BUSY_AFTER}% after |

## Tools

| tool | version |
|:---|:---|
| gencheck | $("$GC" --version 2>/dev/null | awk 'NR==1 {print $2}') ($REV), release build, $(rustc --version 2>/dev/null | awk '{print $1" "$2}') |
| ruff | $("$RUFF" --version | awk '{print $2}') (PyPI, \`--no-cache --isolated --exclude= --target-version $PYTARGET --select E902\`) |
| CPython | $PYVER (\`compileall\` / \`py_compile\`, \`PYTHONPYCACHEPREFIX\` in a temp dir) |
| hyperfine | $(hyperfine --version | awk '{print $2}') |

\`--select E902\` keeps ruff to IO errors; ruff reports syntax errors whatever is
selected, so ruff's time is "read + parse + report", like gencheck's.
\`--isolated --exclude=\` stops ruff from reading configuration and from
skipping directories it excludes by default (the stdlib's \`venv/\`), so both
tools check the same $STDLIB_FILES files. \`compileall -f\` forces a recompile of every file on
every run (otherwise runs after the first would only stat the files).

## Data sets

| data set | files | size |
|:---|---:|---:|
| CPython $PYVER standard library (\`$STDLIB_SRC\`, without site-packages), only the .py files that \`ast.parse\` and \`compile()\` accept ($STDLIB_REJECTED left out) and that are UTF-8 ($STDLIB_NONUTF8 left out) | $STDLIB_FILES | $MB MB |
| typical file: \`$TYPICAL_REL\` (closest to 30 KB outside the tests) | 1 | $TYPICAL_BYTES bytes |
| largest file: \`$LARGEST_REL\` | 1 | $LARGEST_BYTES bytes |
| PostgreSQL contrib extension scripts (\`$PGPKG\` $PGVERSION, \`share/postgresql/*/extension/*.sql\`) | $SQL_FILES | $SQL_KB KB |

Exit codes of one run of each directory command (0 accepted, 1 something
rejected, 2 failure), and what was rejected:

- gencheck, stdlib: $GC_STDLIB_SUMMARY
- ruff, stdlib: $RUFF_FLAGGED files with a diagnostic
- gencheck, contrib \`--dialect postgres\`: $GC_PG_SUMMARY
- gencheck, contrib generic: $GC_GENERIC_SUMMARY

$(cat "$WORK/verdicts.md")

## Results

### Whole standard library ($STDLIB_FILES files, $MB MB)

$(cat "$WORK/t_stdlib.md")

### One typical file (\`$TYPICAL_REL\`, $TYPICAL_BYTES bytes)

$(cat "$WORK/t_typical.md")

### The largest file (\`$LARGEST_REL\`, $LARGEST_BYTES bytes)

$(cat "$WORK/t_largest.md")

### PostgreSQL contrib scripts ($SQL_FILES files, $SQL_KB KB)

$(cat "$WORK/t_sql.md")

### The standard library committed in a git work tree ($STDLIB_FILES files, unchanged since the commit)

$(cat "$WORK/t_gitdir.md")

### Single files edited in a git work tree (committed, then 3 lines appended)

$(cat "$WORK/t_gitfile.md")

### Throughput and targets

$(cat "$WORK/summary.md")
EOF
    # Hand-written observations survive a re-run: the block between the two
    # markers is carried over from the BENCHMARKS.md being replaced.
    echo
    if [[ -f "$ROOT/BENCHMARKS.md" ]] && grep -q '^<!-- notes:begin -->' "$ROOT/BENCHMARKS.md"; then
        sed -n '/^<!-- notes:begin -->/,/^<!-- notes:end -->/p' "$ROOT/BENCHMARKS.md"
    else
        printf '<!-- notes:begin -->\n## Notes\n\n(none yet)\n<!-- notes:end -->\n'
    fi
    cat <<'EOF'

## Reproduce

```sh
bash scripts/bench.sh           # print the tables
bash scripts/bench.sh --write   # and rewrite BENCHMARKS.md
```

The script builds `target/release/gencheck`, installs hyperfine with apt-get if
it is missing, installs ruff from PyPI into a temporary venv, copies the
standard library and downloads the PostgreSQL package into a temporary
directory, and removes it all afterwards (`BENCH_KEEP=1` keeps it).
`BENCH_RUNS`, `BENCH_FILE_RUNS`, `BENCH_GIT_RUNS` change the run counts and
`RUFF_VERSION` pins ruff (`bash scripts/bench.sh --help` lists every knob).
EOF
    # The sections other scripts measure (JSON, JavaScript, SQL, ...) follow
    # a marker, and are carried over as they are.
    echo
    if [[ -f "$ROOT/BENCHMARKS.md" ]] && grep -q '^<!-- bench.sh:end' "$ROOT/BENCHMARKS.md"; then
        sed -n '/^<!-- bench.sh:end/,$p' "$ROOT/BENCHMARKS.md"
    else
        echo '<!-- bench.sh:end (what follows is kept when bench.sh rewrites the part above) -->'
    fi
}

report >"$WORK/BENCHMARKS.md"
cat "$WORK/BENCHMARKS.md"
if [[ $WRITE == 1 ]]; then
    cp "$WORK/BENCHMARKS.md" "$ROOT/BENCHMARKS.md"
    echo "bench.sh: wrote $ROOT/BENCHMARKS.md" >&2
fi
