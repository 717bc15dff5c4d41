#!/usr/bin/env bash
set -euo pipefail

PGHOST=${PGHOST:-localhost}
PGUSER=${PGUSER:-postgres}
OUT_DIR=${OUT_DIR:-./dumps/$(date +%F)}
EXCLUDE_RE='^(template0|template1|postgres)$'
export PGHOST PGUSER

mkdir -p "$OUT_DIR"

dbs=()
# fill `dbs` from psql -Atc 'select datname from pg_database' minus
# EXCLUDE_RE — same query as in the nightly job

for db in "${dbs[@]}"; do
  echo "dumping $db"
  pg_dump --format=custom --compress=9 --file "$OUT_DIR/$db.dump" "$db"
done

pg_dumpall --globals-only > "$OUT_DIR/globals.sql"
( cd "$OUT_DIR" && sha256sum -- *.dump globals.sql > SHA256SUMS )
echo "dumped ${#dbs[@]} database(s) to $OUT_DIR"
