#!/usr/bin/env bash
set -euo pipefail

DRY_RUN=0
while [[ $# -gt 0 ]]; do
  case "$1" in
    --dry-run) DRY_RUN=1; shift ;;
    --out) OUT="$2"; shift 2 ;;
    *) echo "unknown option: $1" >&2; exit 2 ;;
  esac
done
OUT="${OUT:-export.csv}"

QUERY="COPY (SELECT id, email, created_at FROM users ORDER BY id) TO STDOUT WITH CSV HEADER"
if (( DRY_RUN )); then
  echo "would run: $QUERY > $OUT"
else
  psql "$DATABASE_URL" -c "$QUERY" > "$OUT"
  echo "wrote $(wc -l < "$OUT") lines to $OUT"
fi
