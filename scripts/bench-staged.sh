#!/usr/bin/env bash
# `gencheck staged` on 1,000 staged files against `gencheck check` on the
# same files: does the hook spend its time parsing, not starting processes?
# Usage: bash scripts/bench-staged.sh   (needs hyperfine: apt-get install hyperfine)
set -euo pipefail
cd "$(dirname "$0")/.."
command -v hyperfine >/dev/null || { apt-get update -qq && apt-get install -y -qq hyperfine >/dev/null; }
cargo build --release -q
bin="${CARGO_TARGET_DIR:-$PWD/target}/release/gencheck"
[[ "$bin" = /* ]] || bin="$PWD/$bin"
stdlib=$(python3 -c 'import sysconfig; print(sysconfig.get_paths()["stdlib"])')
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
repo="$work/repo"
mkdir -p "$repo"
# 1,000 valid stdlib modules (those ast.parse accepts), copied flat.
python3 - "$stdlib" "$repo" <<'PY'
import ast, os, shutil, sys
src, dst = sys.argv[1], sys.argv[2]
n = 0
for root, dirs, files in os.walk(src):
    dirs[:] = sorted(d for d in dirs if d not in ("site-packages", "__pycache__"))
    for f in sorted(files):
        if not f.endswith(".py") or n >= 1000:
            continue
        p = os.path.join(root, f)
        try:
            data = open(p, "rb").read()
            ast.parse(data)
            data.decode("utf-8")
        except Exception:
            continue
        shutil.copy(p, os.path.join(dst, f"m{n:04d}_{f}"))
        n += 1
print(f"{n} files, {sum(os.path.getsize(os.path.join(dst, x)) for x in os.listdir(dst)) / 1e6:.1f} MB")
PY
cd "$repo"
git init -q -b main
git -c user.name=b -c user.email=b@example.com commit -q --allow-empty -m init
git add -A
hyperfine --warmup 2 --runs 10 --export-markdown "$work/staged.md" \
  -n 'gencheck staged (1,000 staged files)' "$bin staged > /dev/null" \
  -n 'gencheck check (same 1,000 files on disk)' "$bin check . > /dev/null" \
  -n 'gencheck check --no-diff' "$bin check . --no-diff > /dev/null"
cat "$work/staged.md"
# How many processes does one `staged` run start? (strace, when available)
if command -v strace >/dev/null; then
  strace -f -e trace=execve -o "$work/trace" "$bin" staged > /dev/null || true
  echo "processes started by one \`gencheck staged\`: $(grep -c 'execve(' "$work/trace")"
fi
