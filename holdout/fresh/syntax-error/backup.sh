#!/usr/bin/env bash
set -euo pipefail

BACKUP_DIR="${BACKUP_DIR:-/var/backups/postgres}"
RETENTION_DAYS="${RETENTION_DAYS:-14}"
DB_NAME="${DB_NAME:-app}"
STAMP="$(date +%Y%m%d-%H%M%S)"
TARGET="${BACKUP_DIR}/${DB_NAME}-${STAMP}.sql.gz"

mkdir -p "$BACKUP_DIR"

echo "Dumping ${DB_NAME} to ${TARGET}"
pg_dump --no-owner --format=plain "$DB_NAME" | gzip -9 > "$TARGET"

if [[ ! -s "$TARGET" ]]; then
  echo "backup is empty, aborting" >&2
  rm -f "$TARGET"
  exit 1
done

echo "Uploading to s3://acme-backups/postgres/"
aws s3 cp "$TARGET" "s3://acme-backups/postgres/$(basename "$TARGET")" --only-show-errors

echo "Removing local backups older than ${RETENTION_DAYS} days"
find "$BACKUP_DIR" -name "${DB_NAME}-*.sql.gz" -mtime "+${RETENTION_DAYS}" -print -delete
