#!/usr/bin/env bash
set -Eeuo pipefail

# Note: credentials come from ~/.pgpass (host, port, db, user, etc.).
DEST=${DEST:-/var/backups/pg}
KEEP=${KEEP:-7}

cleanup() { rm -f "$DEST"/*.partial; }
trap cleanup EXIT

dump() {
  local db=$1; shift
  pg_dump -Fc "$@" "$db" > "$DEST/$db.partial"
  mv "$DEST/$db.partial" "$DEST/$db-$(date +%F).dump"
}

mkdir -p "$DEST"
for db in accounts orders; do
  dump "$db" --no-owner
done

find "$DEST" -name '*.dump' -mtime +"$KEEP" -delete
