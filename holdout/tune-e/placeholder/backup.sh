#!/usr/bin/env bash
set -euo pipefail

BACKUP_DIR=/var/backups/postgres
STAMP=$(date +%F_%H%M)
DB_NAME=${DB_NAME:-app}
RETENTION_DAYS=14

mkdir -p "$BACKUP_DIR"

echo "[$(date -Is)] dumping ${DB_NAME}"
pg_dump --format=custom --compress=9 \
  --file="${BACKUP_DIR}/${DB_NAME}_${STAMP}.dump" \
  "$DB_NAME"

# (remaining steps unchanged)

echo "[$(date -Is)] backup finished"
