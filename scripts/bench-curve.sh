#!/usr/bin/env bash
# How `gencheck staged` grows with the number of staged files: 1 to 100,000
# files in generated repositories; wall time and peak memory per size, as a
# table and as an SVG plot (made here, no plotting library needed).
#
#   bash scripts/bench-curve.sh            # run, print the table
#   bash scripts/bench-curve.sh --write    # ... and write docs/bench-curve.svg and
#                                          # the table into BENCHMARKS.md
#
# The files: standard-library modules of `python3` between 1 and 8 KB that
# `ast.parse` accepts (the pool), repeated under new names (`d<k>/m<i>.py`, at
# most 1,000 per directory) until there are N of them. Every file is staged in a
# fresh repository whose HEAD is an empty commit, as when a large change is
# committed. Each size is run a few times (fewer for the largest), timed from Python;
# the table has the median wall time and the largest peak resident memory.
#
# Environment knobs:
#   CURVE_SIZES="1 10 100 1000 10000 100000"   the sizes
#   GENCHECK=path                              the binary (default: cargo build --release)
#   CURVE_KEEP=1                               keep the temporary directory
set -euo pipefail

WRITE=0
for arg in "$@"; do
    case "$arg" in
        --write) WRITE=1 ;;
        -h|--help) sed -n '2,/^set -euo/p' "$0" | sed -n 's/^# \{0,1\}//p'; exit 0 ;;
        *) echo "bench-curve.sh: unknown argument: $arg" >&2; exit 2 ;;
    esac
done

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
SIZES=${CURVE_SIZES:-"1 10 100 1000 10000 100000"}
if [[ -z "${GENCHECK:-}" ]]; then
    (cd "$ROOT" && cargo build --release -q)
    GENCHECK="$ROOT/target/release/gencheck"
fi
WORK=$(mktemp -d "${TMPDIR:-/tmp}/gencheck-curve.XXXXXX")
if [[ "${CURVE_KEEP:-0}" == 1 ]]; then
    echo "bench-curve.sh: keeping $WORK" >&2
else
    trap 'rm -rf "$WORK"' EXIT
fi

python3 - "$WORK/pool" <<'PY'
import ast, os, shutil, sys, sysconfig, warnings
warnings.simplefilter("ignore")
dst = sys.argv[1]
os.makedirs(dst)
src = sysconfig.get_paths()["stdlib"]
n = 0
for root, dirs, files in os.walk(src):
    dirs[:] = sorted(d for d in dirs if d not in ("site-packages", "dist-packages", "__pycache__"))
    for f in sorted(files):
        p = os.path.join(root, f)
        if not f.endswith(".py") or not 1024 <= os.path.getsize(p) <= 8192:
            continue
        data = open(p, "rb").read()
        try:
            ast.parse(data)
            data.decode("utf-8")
        except Exception:
            continue
        shutil.copyfile(p, os.path.join(dst, f"{n:05d}.py"))
        n += 1
print(f"pool: {n} modules of 1-8 KB", file=sys.stderr)
PY

runs_for() { # size -> runs
    if (( $1 >= 100000 )); then echo 2; elif (( $1 >= 10000 )); then echo 3; else echo 7; fi
}

results="$WORK/results.tsv"
: >"$results"
for n in $SIZES; do
    repo="$WORK/repo-$n"
    python3 - "$WORK/pool" "$repo" "$n" <<'PY'
import os, shutil, sys
pool, repo, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
files = sorted(os.listdir(pool))
for i in range(n):
    d = os.path.join(repo, f"d{i // 1000:03d}")
    if i % 1000 == 0:
        os.makedirs(d, exist_ok=True)
    shutil.copyfile(os.path.join(pool, files[i % len(files)]), os.path.join(d, f"m{i:06d}.py"))
PY
    git -C "$repo" init -q -b main
    git -C "$repo" -c user.name=b -c user.email=b@example.com -c commit.gpgsign=false \
        commit -q --allow-empty -m empty
    git -C "$repo" add -A
    bytes=$(find "$repo" -name '*.py' -printf '%s\n' | awk '{s += $1} END {print s + 0}')
    # One warm-up (page cache), then the timed runs: wall time and the
    # child's peak resident memory (wait4's rusage), from Python.
    python3 - "$repo" "$GENCHECK" "$n" "$bytes" "$(runs_for "$n")" >>"$results" <<'PY'
import os, subprocess, sys, time
repo, binary, n, size, runs = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4], int(sys.argv[5])
def once():
    start = time.perf_counter()
    p = subprocess.Popen([binary, "staged"], cwd=repo, stdout=subprocess.DEVNULL)
    _, status, usage = os.wait4(p.pid, 0)
    secs = time.perf_counter() - start
    p.returncode = os.waitstatus_to_exitcode(status)
    if p.returncode not in (0, 1):
        sys.exit(f"gencheck staged failed with {p.returncode} in {repo}")
    return secs, usage.ru_maxrss
once()
for _ in range(runs):
    secs, kb = once()
    print(f"{n}\t{size}\t{secs:.6f}\t{kb}")
PY
    echo "bench-curve.sh: $n files done" >&2
    rm -rf "$repo"
done

python3 - "$results" "$WORK/table.md" "$WORK/curve.svg" <<'PY'
import math, statistics, sys
from collections import defaultdict
rows = defaultdict(list)
size = {}
for line in open(sys.argv[1]):
    n, b, s, kb = line.split("\t")
    rows[int(n)].append((float(s), int(kb)))
    size[int(n)] = int(b)
pts = []
out = ["| staged files | MB | wall time [s] (median) | files/s | µs per file | peak memory [MB] |",
       "|---:|---:|---:|---:|---:|---:|"]
for n in sorted(rows):
    secs = statistics.median(s for s, _ in rows[n])
    peak = max(kb for _, kb in rows[n]) / 1024
    pts.append((n, secs, peak))
    out.append(f"| {n:,} | {size[n] / 1e6:.1f} | {secs:.3f} | {n / secs:,.0f} | "
               f"{secs / n * 1e6:,.0f} | {peak:.0f} |")
open(sys.argv[2], "w").write("\n".join(out) + "\n")
print("\n".join(out))

# Log-log plot: wall time (left axis) and peak memory (right axis) against files.
W, H, L, R, T, B = 640, 400, 70, 70, 30, 50
xs = [math.log10(n) for n, _, _ in pts]
def span(vals):
    lo, hi = math.floor(min(vals)), math.ceil(max(vals))
    return (lo, hi if hi > lo else lo + 1)
x0, x1 = span(xs)
t0, t1 = span([math.log10(max(s, 1e-3)) for _, s, _ in pts])
m0, m1 = span([math.log10(max(m, 1)) for _, _, m in pts])
X = lambda v: L + (v - x0) / (x1 - x0) * (W - L - R)
Y = lambda v, a, b: T + (1 - (v - a) / (b - a)) * (H - T - B)
svg = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{W}" height="{H}" font-family="sans-serif" font-size="12">',
       f'<rect width="{W}" height="{H}" fill="white"/>',
       f'<text x="{W / 2}" y="18" text-anchor="middle">gencheck staged: wall time and peak memory by staged files (log-log)</text>']
for e in range(x0, x1 + 1):
    x = X(e)
    svg.append(f'<line x1="{x:.1f}" y1="{T}" x2="{x:.1f}" y2="{H - B}" stroke="#ddd"/>')
    svg.append(f'<text x="{x:.1f}" y="{H - B + 16}" text-anchor="middle">{10 ** e:,}</text>')
for e in range(t0, t1 + 1):
    y = Y(e, t0, t1)
    svg.append(f'<line x1="{L}" y1="{y:.1f}" x2="{W - R}" y2="{y:.1f}" stroke="#ddd"/>')
    svg.append(f'<text x="{L - 6}" y="{y + 4:.1f}" text-anchor="end" fill="#1f5fbf">{10.0 ** e:g} s</text>')
for e in range(m0, m1 + 1):
    y = Y(e, m0, m1)
    svg.append(f'<text x="{W - R + 6}" y="{y + 4:.1f}" fill="#c0392b">{10 ** e:,} MB</text>')
# Linear growth from the 1,000-file point, for reference.
ref = next(((n, s) for n, s, _ in pts if n == 1000), None)
if ref:
    a = [(x0, math.log10(ref[1]) - (3 - x0)), (x1, math.log10(ref[1]) + (x1 - 3))]
    svg.append(f'<line x1="{X(a[0][0]):.1f}" y1="{Y(a[0][1], t0, t1):.1f}" x2="{X(a[1][0]):.1f}" '
               f'y2="{Y(a[1][1], t0, t1):.1f}" stroke="#1f5fbf" stroke-dasharray="4 4" opacity="0.5"/>')
def poly(vals, a, b, color):
    p = " ".join(f"{X(math.log10(n)):.1f},{Y(math.log10(max(v, 1e-3)), a, b):.1f}" for n, v in vals)
    svg.append(f'<polyline points="{p}" fill="none" stroke="{color}" stroke-width="2"/>')
    for n, v in vals:
        svg.append(f'<circle cx="{X(math.log10(n)):.1f}" cy="{Y(math.log10(max(v, 1e-3)), a, b):.1f}" r="3" fill="{color}"/>')
poly([(n, s) for n, s, _ in pts], t0, t1, "#1f5fbf")
poly([(n, m) for n, _, m in pts], m0, m1, "#c0392b")
svg.append(f'<text x="{W / 2}" y="{H - 12}" text-anchor="middle">staged files</text>')
svg.append(f'<text x="{L + 8}" y="{T + 14}" fill="#1f5fbf">wall time (dashed: linear from 1,000 files)</text>')
svg.append(f'<text x="{L + 8}" y="{T + 30}" fill="#c0392b">peak memory</text>')
svg.append("</svg>")
open(sys.argv[3], "w").write("\n".join(svg) + "\n")
PY

if [[ $WRITE == 1 ]]; then
    mkdir -p "$ROOT/docs"
    cp "$WORK/curve.svg" "$ROOT/docs/bench-curve.svg"
    python3 - "$ROOT/BENCHMARKS.md" "$WORK/table.md" "$GENCHECK" <<'PY'
import datetime, subprocess, sys
path, table, binary = sys.argv[1], open(sys.argv[2]).read(), sys.argv[3]
version = subprocess.run([binary, "--version"], capture_output=True, text=True).stdout.splitlines()[0]
begin, end = "<!-- bench-curve: begin -->", "<!-- bench-curve: end -->"
section = (f"{begin}\n`bash scripts/bench-curve.sh --write` ({version}, "
           f"{datetime.date.today()}, this machine: {__import__('os').cpu_count()} cores):\n\n"
           f"{table}\n![wall time and peak memory of gencheck staged, 1 to 100,000 files](docs/bench-curve.svg)\n{end}")
text = open(path).read()
if begin in text:
    a, b = text.index(begin), text.index(end) + len(end)
    text = text[:a] + section + text[b:]
else:
    text = text.rstrip("\n") + "\n\n### `gencheck staged` from 1 to 100,000 files\n\n" + section + "\n"
open(path, "w").write(text)
PY
fi
