#!/bin/bash
set -e

DB_NAME="${DB_NAME:-app}"
BACKUP_DIR="/var/backups/postgres"
STAMP="$(date +%F)"
FILE="$BACKUP_DIR/${DB_NAME}_${STAMP}.sql.gz"

mkdir -p "$BACKUP_DIR"
# ... (remaining checks)

pg_dump --no-owner "$DB_NAME" | gzip > "$FILE"

if [ -n "${S3_BUCKET:-}" ]; then
  aws s3 cp "$FILE" "s3://$S3_BUCKET/postgres/"
fi

# keep two weeks of backups
find "$BACKUP_DIR" -name "*.sql.gz" -mtime +14 -delete

echo "Backup written to $FILE"
