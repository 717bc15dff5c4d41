#!/usr/bin/env bash
# False positives of the SQL backend on real, valid SQL nobody here wrote, per dialect,
# with a tune / held-out split.
#
#   bash scripts/fp-sql.sh                        # collect, check, print the table
#   bash scripts/fp-sql.sh --write-report         # ... and rewrite FALSE_POSITIVES-sql.md
#   FP_CACHE=~/.cache/gencheck-fp-sql bash scripts/fp-sql.sh --write-report
#                                                 # keep downloads, the venv and the engines'
#                                                 # verdicts for the next run
#
# Corpora (scripts/fp-sql/sources.py names every source, its version or commit, and which
# of its files are which dialect; nothing is copied into the repository):
#   Debian bookworm packages  `apt-get download NAME=VERSION` (the version in sources.py,
#            else the candidate, and the report says which), `dpkg-deb -x`: PostgreSQL 15's
#            contrib extension scripts, PostGIS's, GNUmed's server schema (postgres);
#            roundcube (mysql, postgres, sqlite, mssql, oracle), kamailio, pdns, icinga2-ido,
#            ejabberd, mediawiki (mysql, postgres, sqlite), zoneminder, cacti, phpmyadmin
#   GitHub repositories at the commit in sources.py: pagila, chinook, sakila, test_db,
#            microsoft/sql-server-samples, bitwarden/server, oracle db-sample-schemas,
#            amazon-redshift-utils, bigquery-utils, synapse's schema deltas, anki's storage
#            SQL, duckdb's benchmark and TPC queries, ClickHouse examples and ClickBench,
#            Snowflake-Labs samples, databricks-tpc-di.
#            Each repository is read from (first that exists):
#              $FP_SQL_GITHUB_<OWNER>_<NAME>       a clone or bare git dir (non-alphanumerics
#                                                  as _, upper case: FP_SQL_GITHUB_JOOQ_SAKILA)
#              $FP_SQL_GITHUB/<owner>+<name>/repo, $FP_SQL_GITHUB/<owner>+<name>,
#              $FP_SQL_GITHUB/<owner>/<name>, $FP_SQL_GITHUB/<name>
#                                                  (FP_SQL_GITHUB: colon-separated dirs,
#                                                  default /work/.mirror)
#              $FP_CACHE/github/<owner>_<name>     `git clone --bare --filter=blob:none`
#                                                  when the network reaches github.com
#                                                  (FP_SQL_CLONE=0: never)
#            The files are taken with `git archive <commit>`; when the commit is not in the
#            copy, HEAD is used and the report says so. A repository found nowhere is
#            skipped and listed as not available.
# Not checked (counted per dialect): Jinja/dbt-templated files ({{ or {%}, ClickHouse files
# with -- { serverError } / { clientError } annotations, files over FP_MAX_BYTES (2 MB),
# empty files, a file with the same bytes as one already taken for that dialect, files that
# are neither UTF-8 nor UTF-16 with a byte order mark (gencheck's `not-text`, by contract).
# Split: tune when sha256(unit) (8 hex digits) mod 100 < TUNE_PERCENT (34), else held-out; a
# unit is the package or repository (one sample directory of a collection repository).
# Engines asked (the oracle): SQLite via python3's sqlite3, DuckDB via the duckdb wheel,
# PostgreSQL via the pglast wheel (both pip-installed into a venv in the cache directory;
# FP_ORACLES=0 skips the wheels). A file gencheck rejects that the engine parses is a
# certain false positive.
#
# Options: --write-report (rewrite FALSE_POSITIVES-sql.md, the only file this script writes
# into the repository), --only d1,d2 (dialects), -h.
# Environment: GENCHECK=path (default target/release/gencheck; built with
# `cargo build --release --locked` only when missing), FP_CACHE=dir (default a temporary
# directory, removed at the end), FP_BATCH=n files per gencheck run (150), TUNE_PERCENT,
# FP_GENCHECK_COMMIT=rev (the commit GENCHECK was built from, for the report; default
# this repository's HEAD), FP_MAX_BYTES, DUCKDB_VERSION (2.0.1), PGLAST_VERSION (8.8), FP_SQL_NOTES=file (appended
# to the report; default scripts/fp-sql/notes.md).
# Needs python3, git, apt-get + dpkg-deb (Debian), pip. Exit 0 when the measurement ran.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
WRITE=0
while [[ $# -gt 0 ]]; do
    case "$1" in
        --write-report) WRITE=1 ;;
        --only) export FP_SQL_ONLY=${2:?--only needs a list}; shift ;;
        -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d' | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "fp-sql.sh: unknown argument: $1" >&2; exit 2 ;;
    esac
    shift
done
GENCHECK=${GENCHECK:-$ROOT/target/release/gencheck}
if [[ ! -x $GENCHECK ]]; then
    (cd "$ROOT" && cargo build --release --locked)
fi
GENCHECK=$(cd "$(dirname "$GENCHECK")" && pwd)/$(basename "$GENCHECK")
if [[ $(stat -c %Y "$GENCHECK") -lt $(git -C "$ROOT" log -1 --format=%ct HEAD) ]]; then
    echo "fp-sql.sh: warning: $GENCHECK is older than HEAD's commit; it may not be built from HEAD" >&2
fi
PY=${PYTHON:-python3}
HELP=$ROOT/scripts/fp-sql
if [[ -n ${FP_CACHE:-} ]]; then
    mkdir -p "$FP_CACHE"
    CACHE=$(cd "$FP_CACHE" && pwd)
else
    CACHE=$(mktemp -d)
    trap 'rm -rf "$CACHE"' EXIT
fi
RUN=$CACHE/run
rm -rf "$RUN"
mkdir -p "$RUN"
START=$SECONDS
phase() { echo "[$((SECONDS - START))s] $*" >&2; }

phase "collecting the corpora into $RUN/corpus"
"$PY" "$HELP/fp_sql.py" collect "$CACHE" "$RUN"

if [[ ${FP_ORACLES:-1} == 1 ]]; then
    VENV=$CACHE/venv
    DUCKDB_VERSION=${DUCKDB_VERSION:-2.0.1}
    PGLAST_VERSION=${PGLAST_VERSION:-8.8}
    want="duckdb==$DUCKDB_VERSION pglast==$PGLAST_VERSION"
    if [[ ! -x $VENV/bin/python || "$(cat "$VENV/.want" 2>/dev/null)" != "$want" ]]; then
        phase "venv with $want"
        rm -rf "$VENV"
        "$PY" -m venv "$VENV"
        # shellcheck disable=SC2086
        "$VENV/bin/pip" install -q $want && echo "$want" > "$VENV/.want" || echo "fp-sql.sh: no $want: only SQLite is asked" >&2
    fi
    [[ -f $VENV/.want ]] && export FP_VENV_PY=$VENV/bin/python
fi
phase "engines"
"$PY" "$HELP/fp_sql.py" oracle "$RUN" "$CACHE"

phase "gencheck ($GENCHECK)"
"$PY" "$HELP/fp_sql.py" check "$RUN" "$GENCHECK"

phase "report"
META=$("$PY" - "$GENCHECK" "$ROOT" <<'EOF'
import json, subprocess, sys, datetime
g, root = sys.argv[1], sys.argv[2]
v = subprocess.run([g, "--version"], capture_output=True, text=True).stdout.splitlines()
c = subprocess.run(["git", "-C", root, "rev-parse", "--short=12", "HEAD"], capture_output=True, text=True).stdout.strip()
import os
c = os.environ.get("FP_GENCHECK_COMMIT") or c
built = datetime.datetime.utcfromtimestamp(os.stat(g).st_mtime).strftime("%Y-%m-%d %H:%M UTC")
print(json.dumps({"date": datetime.date.today().isoformat(), "gencheck": g.replace(root + "/", ""),
                  "version": (v[0] if v else "?") + ", binary built " + built, "commit": c}))
EOF
)
export FP_SQL_NOTES=${FP_SQL_NOTES:-$HELP/notes.md}
OUT=$RUN/FALSE_POSITIVES-sql.md
"$PY" "$HELP/fp_sql.py" report "$RUN" "$OUT" "$META"
if [[ $WRITE == 1 ]]; then
    cp "$OUT" "$ROOT/FALSE_POSITIVES-sql.md"
    phase "wrote FALSE_POSITIVES-sql.md"
fi
phase "done"
