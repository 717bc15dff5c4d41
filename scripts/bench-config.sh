#!/usr/bin/env bash
# Speed of the YAML, TOML, shell and Markdown backends on the corpora of
# scripts/fp-config.sh (run that first with the same FP_CACHE), with hyperfine.
#
#   FP_CACHE=/tmp/fpcfg-cache bash scripts/bench-config.sh
#
# For each language: the tune and holdout files together, checked by
# `gencheck check --no-diff --format concise` (xargs, as many files a run as
# the command line takes), and the same files read by a peer:
#   yaml   ruamel.yaml (the fp script's venv): load every document
#   toml   Python's tomllib
#   shell  `bash -n` on each file
# Prints hyperfine's table and MB/s. Environment: GENCHECK (default
# target/release/gencheck), RUNS (default 3).
set -euo pipefail
cache="${FP_CACHE:?set FP_CACHE to the fp-config.sh cache}"
gencheck="${GENCHECK:-target/release/gencheck}"
runs="${RUNS:-3}"
run="$cache/run"
py="$cache/venv/bin/python"
command -v hyperfine >/dev/null || { echo "hyperfine is missing (apt-get install hyperfine)" >&2; exit 2; }
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
find "$cache/markdown" -type f -name '*.md' > "$run/markdown.all"
for lang in yaml toml shell markdown; do
  list="$run/$lang.all"
  [ -s "$list" ] || { echo "no $list: run scripts/fp-config.sh first" >&2; exit 2; }
  files=$(wc -l < "$list")
  bytes=$(tr '\n' '\0' < "$list" | xargs -0 cat | wc -c)
  mb=$(python3 -c "print(round($bytes/1e6, 1))")
  echo "== $lang: $files files, $mb MB"
  cmds=("tr '\\n' '\\0' < $list | xargs -0 $gencheck check --no-diff --format concise > /dev/null || true")
  names=("gencheck")
  case "$lang" in
    yaml)
      cat > "$tmp/y.py" <<'P'
import sys
from ruamel.yaml import YAML
y = YAML(typ="rt")
for p in open(sys.argv[1]).read().split("\n"):
    if p:
        try:
            for _ in y.load_all(open(p, encoding="utf-8", errors="replace")): pass
        except Exception:
            pass
P
      cmds+=("$py $tmp/y.py $list"); names+=("ruamel.yaml") ;;
    toml)
      cat > "$tmp/t.py" <<'P'
import sys, tomllib
for p in open(sys.argv[1]).read().split("\n"):
    if p:
        try: tomllib.load(open(p, "rb"))
        except Exception: pass
P
      cmds+=("python3 $tmp/t.py $list"); names+=("tomllib") ;;
    shell)
      cmds+=("while IFS= read -r f; do bash -n \"\$f\" 2>/dev/null; done < $list || true"); names+=("bash -n") ;;
  esac
  args=()
  for i in "${!cmds[@]}"; do args+=(-n "${names[$i]}" "${cmds[$i]}"); done
  hyperfine --runs "$runs" --warmup 1 --export-json "$tmp/$lang.json" --shell=bash "${args[@]}" 2>/dev/null \
    | grep -E "Time|±|^ *[a-z]" | head -20 || true
  python3 - "$tmp/$lang.json" "$bytes" <<'P'
import json, sys
d = json.load(open(sys.argv[1])); b = int(sys.argv[2])
for r in d["results"]:
    print(f"   {r['command'][:40]:<40} mean {r['mean']:.3f} s  {b / r['mean'] / 1e6:.1f} MB/s")
P
done
