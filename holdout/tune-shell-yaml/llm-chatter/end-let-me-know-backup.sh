#!/bin/sh
set -eu

BACKUP_DIR=/var/backups/postgres
RETENTION_DAYS=14
DB_NAME=${DB_NAME:-app}
STAMP=$(date +%Y%m%d-%H%M%S)

mkdir -p "$BACKUP_DIR"

pg_dump --format=custom --file="$BACKUP_DIR/$DB_NAME-$STAMP.dump" "$DB_NAME"
gzip -9 "$BACKUP_DIR/$DB_NAME-$STAMP.dump"

find "$BACKUP_DIR" -name "$DB_NAME-*.dump.gz" -mtime +"$RETENTION_DAYS" -delete
echo "backup written to $BACKUP_DIR/$DB_NAME-$STAMP.dump.gz"

Let me know if you need anything else!
