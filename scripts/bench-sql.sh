#!/usr/bin/env bash
# SQL throughput: gencheck's whole check (one thread) next to the bare parse of
# the engines it asks, on PostgreSQL's own regression SQL and on the real
# multi-dialect corpus of scripts/fp-sql.sh.
#
#   bash scripts/bench-sql.sh
#
# Data:
#   * PostgreSQL's regression suite (src/test/regress/sql, as libpg_query vendors it
#     in test/sql/postgres_regress at commit $PG_REGRESS_COMMIT): from the git
#     repository LIBPG_QUERY_REPO (default: the snapshot the tool library fetched,
#     /work/.mirror/pganalyze+libpg_query/repo), else cloned from GitHub. Many of its
#     statements are wrong on purpose (the suite tests error messages) and it is full
#     of psql meta-commands: the engines stop at the first error, gencheck reads on.
#   * FP_CACHE: the cache directory of a finished `scripts/fp-sql.sh` run (its
#     run/index.json lists every file and its dialect); skipped when unset.
# Columns: MB/s per core = bytes / seconds of one thread. "bare parse" is
# examples/sql_parse.rs (whole files, no reading, no judgement: libpg_query's raw
# parser as gencheck calls it, or sqlparser's dialect); gencheck's seconds are
# hyperfine's mean over 3 runs of `gencheck check --no-diff --threads 1 --dialect D`
# (process start, reading, every rule).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
PG_REGRESS_COMMIT=06670290ad39e61805ecacbc6267df61f6ae3d91
REPO=${LIBPG_QUERY_REPO:-/work/.mirror/pganalyze+libpg_query/repo}
command -v hyperfine >/dev/null || { apt-get update -qq && apt-get install -y -qq hyperfine >/dev/null; }
(cd "$ROOT" && cargo build --release -q && cargo build --release -q --example sql_parse)
GC="$ROOT/target/release/gencheck"
BARE="$ROOT/target/release/examples/sql_parse"
WORK=$(mktemp -d "${TMPDIR:-/tmp}/gencheck-bench-sql.XXXXXX")
trap 'rm -rf "$WORK"' EXIT

if [[ ! -d "$REPO" ]]; then
    REPO="$WORK/libpg_query"
    git clone -q --filter=blob:none https://github.com/pganalyze/libpg_query "$REPO"
fi
mkdir -p "$WORK/pgreg"
git -C "$REPO" ls-tree -r --name-only "$PG_REGRESS_COMMIT" test/sql/postgres_regress | while read -r f; do
    git -C "$REPO" show "$PG_REGRESS_COMMIT:$f" >"$WORK/pgreg/$(basename "$f")"
done
ls "$WORK"/pgreg/*.sql >"$WORK/pgreg.list"

# Lists: name, dialect, sqlparser dialect, list file.
: >"$WORK/sets"
echo "pg-regress postgres postgres $WORK/pgreg.list" >>"$WORK/sets"
if [[ -n "${FP_CACHE:-}" && -f "$FP_CACHE/run/index.json" ]]; then
    python3 - "$FP_CACHE" "$WORK" >>"$WORK/sets" <<'PY'
import json, os, sys
cache, work = sys.argv[1], sys.argv[2]
index = json.load(open(os.path.join(cache, "run", "index.json")))
by = {}
for f in index["files"]:
    if f.get("status") == "checked" and f.get("staged"):
        by.setdefault(f["dialect"], []).append(os.path.join(cache, "run", "corpus", f["staged"]))
for d, files in sorted(by.items()):
    files = [p for p in files if os.path.exists(p)]
    if not files:
        continue
    lst = os.path.join(work, f"{d}.list")
    open(lst, "w").write("\n".join(files) + "\n")
    print(f"fp-sql:{d} {d} {d} {lst}")
PY
fi

printf '| files | dialect | n | MB | gencheck s | gencheck MB/s | libpg_query raw parse MB/s | sqlparser MB/s |\n'
printf '|---|---|---:|---:|---:|---:|---:|---:|\n'
while read -r name dialect sqlp list; do
    n=$(wc -l <"$list")
    bytes=$(xargs -a "$list" -d '\n' stat -c %s | awk '{s += $1} END {print s}')
    hyperfine -N -w 1 -r 3 --export-json "$WORK/h.json" \
        "bash -c 'xargs -a $list -d \"\\n\" $GC check --no-diff --format concise --threads 1 --dialect $dialect > /dev/null; true'" \
        >/dev/null 2>&1
    secs=$(python3 -c "import json;print(json.load(open('$WORK/h.json'))['results'][0]['mean'])")
    pg="-"
    if [[ $dialect == postgres ]]; then
        pg=$("$BARE" pg_query "@$list" | sed 's/.* s, \([0-9.]*\) MB\/s/\1/')
    fi
    sp=$("$BARE" "sqlparser:$sqlp" "@$list" 2>/dev/null | sed 's/.* s, \([0-9.]*\) MB\/s/\1/' || echo "-")
    python3 -c "
b, s = $bytes, $secs
print(f'| $name | $dialect | $n | {b / 1e6:.1f} | {s:.2f} | {b / 1e6 / s:.1f} | $pg | $sp |')"
done <"$WORK/sets"
