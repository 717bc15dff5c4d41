#!/bin/bash
set -euo pipefail

BACKUP_DIR=/var/backups/postgres
RETENTION_DAYS=14
STAMP="$(date +%F_%H%M)"
DB="${PGDATABASE:-app}"

mkdir -p "$BACKUP_DIR"

echo "[$(date)] starting backup of $DB"
pg_dump --format=custom --no-owner "$DB" > "$BACKUP_DIR/$DB-$STAMP.dump"

if [[ -n "${S3_BUCKET:-}" ]]; then
  aws s3 cp "$BACKUP_DIR/$DB-$STAMP.dump" "s3://$S3_BUCKET/postgres/$DB-$STAMP.dump" \
    --storage-class STANDARD_IA
fi

find "$BACKUP_DIR" -name "$DB-*.dump" -mtime +"$RETENTION_DAYS" -delete
echo "[$(date)] backup finished: $(du -h "$BACKUP_DIR/$DB-$STAMP.dump" | cut -f1)"
