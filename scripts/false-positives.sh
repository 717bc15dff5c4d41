#!/usr/bin/env bash
# Measure gencheck's false-positive rate on real, valid code nobody on the team wrote.
#
#   bash scripts/false-positives.sh                  # run, print the table and the rejections
#   bash scripts/false-positives.sh --write-report   # ... and rewrite FALSE_POSITIVES.md
#
# Options:
#   --write-report     rewrite FALSE_POSITIVES.md at the repository root (the only
#                      file this script ever writes into the repository)
#   --rev REV          build gencheck from the committed revision REV (git archive
#                      into the temp dir, target dir $FP_TARGET_DIR) instead of the
#                      working tree; useful while the working tree does not build
#   --only LIST        comma-separated corpora: python,pg,sqlfluff,sqlglot (default all)
#   --keep             keep the temporary directory (its path is printed)
#   -h, --help         this text
#
# Corpora (all fetched into a temporary directory; nothing is copied into the repo):
#   python    every .py of the CPython standard library of `python3` (site-packages
#             excluded) that Python's own compile() accepts; the files it rejects
#             (lib2to3 test data, bad-syntax test files, including those that parse
#             but fail the compiler's checks) are counted and excluded
#   pg        the contrib extension scripts usr/share/postgresql/*/extension/*.sql of
#             Debian's postgresql-N package (apt-get download + dpkg -x), checked with
#             --dialect postgres and with the default generic dialect
#   sqlfluff  test/fixtures/dialects/<dialect>/*.sql from the sqlfluff sdist on PyPI,
#             if the sdist ships them (recent sdists do not: then skipped, and said so)
#   sqlglot   the per-dialect statements of sqlglot's own dialect tests
#             (tests/dialects/test_<dialect>.py in the sqlglot sdist on PyPI): the
#             first argument of validate_identity/validate_all and the `read={...}`
#             inputs, whole statements only (bare expressions are skipped), each written
#             to its own .sql file and checked with its dialect and with generic
# For the sqlite and duckdb parts of the SQL corpora the real engine's parser is asked too
# (Python's sqlite3; the duckdb wheel in a temporary venv): a file gencheck rejects but
# the engine parses is a certain false positive, one both reject is a bad test input.
#
# Environment knobs:
#   GENCHECK=path        use this binary, do not build
#   PYTHON=python3       interpreter whose stdlib is the Python corpus (default python3)
#   PG_PACKAGE=name      Debian package to take the SQL from (default: what the
#                        `postgresql` metapackage depends on, e.g. postgresql-15)
#   SQLFLUFF_VERSION=X   pin the sqlfluff sdist (default: newest)
#   SQLGLOT_VERSION=X    pin the sqlglot sdist (default: newest)
#   FP_BATCH=N           files per gencheck invocation (default 500)
#   FP_TARGET_DIR=dir    cargo target dir for --rev builds (default $TMPDIR/gencheck-fp-target)
#   FP_ORACLES=0         do not ask the real SQLite/DuckDB parsers (and do not pip install duckdb)
#   DUCKDB_VERSION=X     pin the duckdb wheel used as the DuckDB oracle (default: newest)
#
# Exit status: 0 when the measurement ran (whatever it found), 2 when it could not run.
set -euo pipefail

WRITE=0
REV=""
ONLY="python,pg,sqlfluff,sqlglot"
KEEP=${FP_KEEP:-0}
ARGS=("$@")
while [[ $# -gt 0 ]]; do
    case "$1" in
        --write-report) WRITE=1 ;;
        --rev) REV=${2:?--rev needs a revision}; shift ;;
        --only) ONLY=${2:?--only needs a list}; shift ;;
        --keep) KEEP=1 ;;
        -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d' | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "false-positives.sh: unknown argument: $1" >&2; exit 2 ;;
    esac
    shift
done

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
FP="$ROOT/scripts/fp/fp.py"
PY=${PYTHON:-python3}
BATCH=${FP_BATCH:-500}

WORK=$(mktemp -d "${TMPDIR:-/tmp}/gencheck-fp.XXXXXX")
cleanup() {
    if [[ "$KEEP" == 1 ]]; then
        echo "false-positives.sh: kept $WORK" >&2
    else
        rm -rf "$WORK"
    fi
}
trap cleanup EXIT
trap 'echo "false-positives.sh: failed at line $LINENO" >&2; exit 2' ERR

want() { [[ ",$ONLY," == *",$1,"* ]]; }
log() { printf '\n== %s\n' "$*" >&2; }
SECONDS=0
stamp() { printf '   (%ss elapsed)\n' "$SECONDS" >&2; }

SUDO=""
if [[ $(id -u) != 0 ]]; then SUDO="sudo"; fi
APT_UPDATED=0
apt_update_once() {
    if [[ $APT_UPDATED == 0 ]]; then
        $SUDO apt-get update -qq >&2
        APT_UPDATED=1
    fi
}

META="$WORK/meta.md"
RUNS="$WORK/runs.tsv"
: >"$META"
: >"$RUNS"
meta() { printf -- '- %s\n' "$*" >>"$META"; }

# ---------------------------------------------------------------- gencheck
if [[ -n "${GENCHECK:-}" ]]; then
    GC=$(realpath "$GENCHECK")
    meta "gencheck: binary \`$GENCHECK\` (given via GENCHECK)"
elif [[ -n "$REV" ]]; then
    sha=$(git -C "$ROOT" rev-parse --verify "$REV^{commit}")
    log "building gencheck at $REV ($sha) in a temporary copy"
    mkdir -p "$WORK/src"
    git -C "$ROOT" archive "$sha" | tar -x -C "$WORK/src"
    TD=${FP_TARGET_DIR:-${TMPDIR:-/tmp}/gencheck-fp-target}
    (cd "$WORK/src" && CARGO_TARGET_DIR="$TD" cargo build --release --quiet >&2)
    GC="$TD/release/gencheck"
    meta "gencheck: release build of commit \`$sha\` (\`--rev $REV\`)"
    stamp
else
    log "cargo build --release"
    if ! (cd "$ROOT" && cargo build --release --quiet >&2); then
        echo "false-positives.sh: the working tree does not build; try --rev HEAD" >&2
        exit 2
    fi
    GC="${CARGO_TARGET_DIR:-$ROOT/target}/release/gencheck"
    [[ "$GC" = /* ]] || GC="$ROOT/$GC"
    sha=$(git -C "$ROOT" rev-parse HEAD 2>/dev/null || echo unknown)
    dirty=""
    if [[ -n $(git -C "$ROOT" status --porcelain -- src Cargo.toml Cargo.lock grammars 2>/dev/null) ]]; then
        dirty=" plus uncommitted changes in the working tree"
    fi
    meta "gencheck: release build of the working tree (HEAD \`$sha\`$dirty)"
    stamp
fi
[[ -x "$GC" ]] || { echo "false-positives.sh: no gencheck binary at $GC" >&2; exit 2; }
"$GC" --version >&2 || true

# run_gc CORPUS DIALECT LISTFILE [ORIGINS [ORACLE]]: check the files of LISTFILE, record the run
run_gc() {
    local corpus=$1 dialect=$2 list=$3 origins=${4:--} oracle=${5:--}
    local out="$WORK/runs/${corpus//[^A-Za-z0-9_.-]/_}.${dialect}.json"
    mkdir -p "$WORK/runs"
    local dflag=()
    [[ "$dialect" == "-" ]] || dflag=(--dialect "$dialect")
    printf '   %-22s %-10s ' "$corpus" "$dialect" >&2
    "$PY" "$FP" run "$GC" "$list" "$out" ${dflag[@]+"${dflag[@]}"} --batch "$BATCH"
    printf '%s\t%s\t%s\t%s\t%s\n' "$corpus" "$dialect" "$out" "$origins" "$oracle" >>"$RUNS"
}

# ---------------------------------------------------------------- 1. Python stdlib
if want python; then
    STDLIB=$("$PY" -c 'import sysconfig;print(sysconfig.get_paths()["stdlib"])')
    PYVER=$("$PY" -c 'import sys;print(sys.version.split()[0])')
    log "Python $PYVER standard library at $STDLIB: selecting what compile() accepts"
    mkdir -p "$WORK/python"
    "$PY" "$FP" select-python "$STDLIB" "$WORK/python"
    n_ok=$(wc -l <"$WORK/python/python.files")
    n_bad=$(wc -l <"$WORK/python/python.ast-rejected")
    meta "Python corpus: CPython $PYVER standard library \`$STDLIB\` (site-packages excluded): $n_ok .py files compiled by \`compile()\`, $n_bad rejected by it and excluded"
    cp "$WORK/python/python.ast-rejected" "$WORK/ast-rejected.txt"
    log "checking the Python corpus"
    run_gc python-stdlib - "$WORK/python/python.files"
    stamp
fi

# ---------------------------------------------------------------- 2. PostgreSQL contrib
if want pg; then
    log "PostgreSQL contrib extension scripts (Debian package)"
    PKG=${PG_PACKAGE:-}
    find_pkg() {
        apt-cache depends postgresql 2>/dev/null | sed -n 's/^ *Depends: \(postgresql-[0-9][0-9]*\)$/\1/p' | head -n1
    }
    if [[ -z "$PKG" ]]; then
        PKG=$(find_pkg || true)
        if [[ -z "$PKG" ]]; then apt_update_once; PKG=$(find_pkg || true); fi
    fi
    if [[ -z "$PKG" ]]; then
        PKG=$(apt-cache search --names-only '^postgresql-[0-9]+$' | awk '{print $1}' | sort -V | tail -n1)
    fi
    [[ -n "$PKG" ]] || { echo "false-positives.sh: no postgresql-N package known to apt" >&2; exit 2; }
    mkdir -p "$WORK/deb" "$WORK/pg"
    if ! (cd "$WORK/deb" && apt-get download -q "$PKG" >&2 2>"$WORK/deb/err"); then
        apt_update_once
        (cd "$WORK/deb" && apt-get download -q "$PKG" >&2)
    fi
    deb=$(ls "$WORK"/deb/*.deb | head -n1)
    dpkg -x "$deb" "$WORK/pg"
    find "$WORK"/pg/usr/share/postgresql/*/extension -name '*.sql' | sort >"$WORK/pg.files"
    n=$(wc -l <"$WORK/pg.files")
    meta "PostgreSQL corpus: \`$(basename "$deb")\`, $n files \`usr/share/postgresql/*/extension/*.sql\`"
    [[ $n -gt 0 ]] || { echo "false-positives.sh: no extension scripts in $deb" >&2; exit 2; }
    run_gc pg-contrib postgres "$WORK/pg.files"
    run_gc pg-contrib generic "$WORK/pg.files"
    stamp
fi

# Engines whose own parser is at hand, asked about every file of their dialect so that a
# rejection the engine accepts shows as a certain false positive: SQLite through Python's
# sqlite3 module, DuckDB through the duckdb wheel from PyPI (in a temporary venv).
DUCKDB_PY=""
OPY=""
# oracle_python DIALECT: set OPY to a python that can ask that engine, or fail
oracle_python() {
    case "$1" in
        sqlite) OPY="$PY" ;;
        duckdb)
            if [[ -z "$DUCKDB_PY" ]]; then
                echo "   installing duckdb into a temporary venv" >&2
                "$PY" -m venv "$WORK/venv" >&2
                "$WORK/venv/bin/pip" install --quiet --disable-pip-version-check \
                    "duckdb${DUCKDB_VERSION:+==$DUCKDB_VERSION}" >&2
                DUCKDB_PY="$WORK/venv/bin/python"
            fi
            OPY="$DUCKDB_PY" ;;
        *) return 1 ;;
    esac
}

# per_dialect CORPUS LISTING: LISTING is dialect<TAB>path[<TAB>origin]; run each dialect
# with its own --dialect and with generic
per_dialect() {
    local corpus=$1 listing=$2 d files orc
    for d in $(cut -f1 "$listing" | sort -u); do
        files="$WORK/$corpus.$d.files"
        awk -F'\t' -v d="$d" '$1 == d {print $2}' "$listing" >"$files"
        orc=-
        if [[ "${FP_ORACLES:-1}" == 1 ]] && oracle_python "$d"; then
            orc="$WORK/$corpus.$d.oracle.json"
            printf '   %-22s %-10s ' "$corpus:$d" "(engine)" >&2
            "$OPY" "$FP" oracle "$d" "$files" "$orc"
        fi
        run_gc "$corpus:$d" "$d" "$files" "$listing" "$orc"
        run_gc "$corpus:$d" generic "$files" "$listing" "$orc"
    done
}

# pip_sdist NAME VERSION DEST: download and unpack the source distribution, print its dir
pip_sdist() {
    local name=$1 version=$2 dest=$3
    mkdir -p "$dest"
    "$PY" -m pip download --quiet --disable-pip-version-check --no-deps --no-binary :all: \
        -d "$dest" "$name${version:+==$version}" >&2
    local tgz
    tgz=$(ls "$dest"/"$name"-*.tar.gz | head -n1)
    tar -xzf "$tgz" -C "$dest"
    echo "${tgz%.tar.gz}"
}

# ---------------------------------------------------------------- 3. sqlfluff fixtures
if want sqlfluff; then
    log "sqlfluff sdist (dialect parser fixtures)"
    SF=$(pip_sdist sqlfluff "${SQLFLUFF_VERSION:-}" "$WORK/sqlfluff")
    n=$("$PY" "$FP" sqlfluff-corpus "$SF" "$WORK/sqlfluff.tsv")
    if [[ $n -eq 0 ]]; then
        echo "   $(basename "$SF").tar.gz has no test/fixtures/dialects/*/*.sql: skipped" >&2
        meta "sqlfluff corpus: skipped, the sdist \`$(basename "$SF").tar.gz\` on PyPI ships no \`test/fixtures/dialects/<dialect>/*.sql\` (its MANIFEST.in includes only README, LICENSE and CHANGELOG besides the package)"
    else
        meta "sqlfluff corpus: \`$(basename "$SF").tar.gz\`, $n fixture files"
        per_dialect sqlfluff "$WORK/sqlfluff.tsv"
    fi
    stamp
fi

# ---------------------------------------------------------------- 4. sqlglot dialect tests
if want sqlglot; then
    log "sqlglot sdist (per-dialect statements of tests/dialects/test_*.py)"
    SG=$(pip_sdist sqlglot "${SQLGLOT_VERSION:-}" "$WORK/sqlglot")
    mkdir -p "$WORK/sqlglot-corpus"
    "$PY" "$FP" sqlglot-corpus "$SG/tests/dialects" "$WORK/sqlglot-corpus"
    n=$(wc -l <"$WORK/sqlglot-corpus/corpus.tsv")
    meta "sqlglot corpus: \`$(basename "$SG").tar.gz\`, $n statements (one per file) from \`tests/dialects/test_<dialect>.py\`: the first argument of \`validate_identity\`/\`validate_all\` and the \`read={dialect: sql}\` inputs, whole statements only; duplicates, statements holding control characters (a NUL byte) and \`assertRaises\` blocks excluded. These are valid for sqlglot's parser in that dialect, not verified against the engines, so a rejection needs a human look"
    per_dialect sqlglot "$WORK/sqlglot-corpus/corpus.tsv"
    stamp
fi

# ---------------------------------------------------------------- report
log "results"
REPORT_ARGS=(--work "$WORK")
[[ -n "${STDLIB:-}" ]] && REPORT_ARGS+=(--stdlib "$STDLIB")
[[ -f "$WORK/ast-rejected.txt" ]] && REPORT_ARGS+=(--ast_rejected "$WORK/ast-rejected.txt")
if [[ $WRITE == 1 ]]; then
    CMD="bash scripts/false-positives.sh --write-report"
    for a in ${ARGS[@]+"${ARGS[@]}"}; do
        [[ "$a" == --write-report || "$a" == --keep ]] || CMD+=" $a"
    done
    "$PY" "$FP" report "$RUNS" "${REPORT_ARGS[@]}" --markdown "$ROOT/FALSE_POSITIVES.md" \
        --command "$CMD" --meta "$META"
    echo "wrote $ROOT/FALSE_POSITIVES.md" >&2
else
    "$PY" "$FP" report "$RUNS" "${REPORT_ARGS[@]}"
fi
printf '\n' >&2
sed 's/`//g' "$META" >&2
stamp
