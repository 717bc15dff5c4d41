#!/usr/bin/env bash
# Time and peak memory of gencheck on each pathological input of issue 6,
# measured with GNU time (/usr/bin/time -v), release build.
#
#   bash scripts/pathological.sh            # print the table
#   bash scripts/pathological.sh --write    # and write PATHOLOGICAL.md
#
# Needs: python3, GNU time (`apt-get install time`). tests/it/hostile.rs checks
# the same inputs' verdicts and bounds their memory in `cargo test`.
set -euo pipefail
cd "$(dirname "$0")/.."
WRITE=0
[[ "${1:-}" == "--write" ]] && WRITE=1
command -v /usr/bin/time >/dev/null || { echo "needs GNU time: apt-get install time" >&2; exit 2; }
cargo build --release --quiet
BIN="$PWD/target/release/gencheck"
WORK=$(mktemp -d "${TMPDIR:-/tmp}/gencheck-patho.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
python3 scripts/pathological.py "$WORK/in" >/dev/null

# file | extra options | what it is
CASES=(
  "nested_brackets.py||10^5 nested brackets (Python)"
  "nested_brackets_1m.py||10^6 nested brackets (Python)"
  "nested_brackets.sql||10^5 nested brackets (SQL, generic)"
  "nested_brackets.sql|--dialect postgres|10^5 nested brackets (SQL, postgres)"
  "huge_100mb.py||100 MB file"
  "minified_10mb_line.py||one 10 MB line (minified)"
  "tiny_statements.sql||10^6 tiny statements (SQL)"
  "tiny_statements.sql|--dialect mysql|10^6 tiny statements (SQL, mysql)"
  "tiny_statements.py||10^6 tiny statements (Python)"
  "nul_bytes.py||1 MB of NUL bytes"
  "utf16_bom.sql||UTF-16 with BOM (SQL)"
  "utf16_bom.py||UTF-16 with BOM (Python)"
  "mixed_crlf.py||mixed CRLF/LF"
  "lone_cr.py||lone CR line endings"
  "invalid_utf8_middle.py||invalid UTF-8 mid-file"
  "wrong_encoding_decl.py||declares latin-1, is UTF-8"
  "long_identifier.py||3 MB identifier (Python)"
  "long_identifier.sql||3 MB identifier (SQL)"
  "nested_subqueries.sql||5,000 nested subqueries (generic)"
  "nested_subqueries.sql|--dialect postgres|5,000 nested subqueries (postgres)"
  "giant_insert.sql||INSERT of 10^5 rows (3.8 MB)"
  "giant_insert.sql|--dialect mysql|INSERT of 10^5 rows (mysql)"
)

ROWS="| input | size | exit | findings | wall time | peak RSS |
| --- | ---: | ---: | --- | ---: | ---: |"
for case in "${CASES[@]}"; do
  IFS='|' read -r file opts what <<<"$case"
  f="$WORK/in/$file"
  # shellcheck disable=SC2086
  set +e
  /usr/bin/time -v -o "$WORK/time" "$BIN" check --no-diff --format json $opts "$f" >"$WORK/out" 2>"$WORK/err"
  code=$?
  set -e
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/{print $2}' "$WORK/time")
  rss=$(awk -F': ' '/Maximum resident set size/{print $2}' "$WORK/time")
  rules=$(python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); f=d["files"][0]["findings"]; print(", ".join(sorted({x["rule"] for x in f})) or "none")' "$WORK/out" 2>/dev/null || echo "no JSON: $(head -c 80 "$WORK/err")")
  size=$(stat -c %s "$f")
  ROWS+="
| $what | $(numfmt --to=iec --suffix=B "$size") | $code | $rules | $wall | $((rss / 1024)) MB |"
done
echo "$ROWS"
if [[ $WRITE == 1 ]]; then
  {
    echo "# Pathological inputs"
    echo
    echo "Each input of issue 6, checked by the release binary (\`gencheck check --no-diff --format json\`),"
    echo "measured with GNU time (\`/usr/bin/time -v\`: wall clock, maximum resident set size)."
    echo "Reproduce: \`bash scripts/pathological.sh --write\` (inputs from \`scripts/pathological.py\`)."
    echo "Exit 1 means rejected, 0 accepted; no input crashes or hangs. \`tests/it/hostile.rs\` asserts each verdict"
    echo "and bounds peak memory in \`cargo test\`."
    echo
    echo "Machine: $(nproc) cores, $(uname -sr), $(date -u +%Y-%m-%d)."
    echo
    echo "$ROWS"
  } >PATHOLOGICAL.md
  echo "wrote PATHOLOGICAL.md" >&2
fi
