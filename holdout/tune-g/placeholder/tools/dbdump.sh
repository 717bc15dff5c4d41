#!/usr/bin/env bash
set -euo pipefail

HOST=localhost
PORT=5432
OUT_DIR=./dumps
COMPRESS=0

usage() {
  echo "usage: $0 [-h host] [-p port] [-o dir] [-z] database" >&2
  exit 2
}

while getopts ":h:p:o:z" opt; do
  case "$opt" in
    h) HOST="$OPTARG" ;;
    p) PORT="$OPTARG" ;;
    # ... more flags parsed the same way
    *) usage ;;
  esac
done
shift $((OPTIND - 1))

DB="${1:-}"
[ -n "$DB" ] || usage

mkdir -p "$OUT_DIR"
FILE="$OUT_DIR/${DB}-$(date +%Y%m%d-%H%M%S).sql"
pg_dump -h "$HOST" -p "$PORT" "$DB" > "$FILE"
if [ "$COMPRESS" -eq 1 ]; then
  gzip "$FILE"
fi
