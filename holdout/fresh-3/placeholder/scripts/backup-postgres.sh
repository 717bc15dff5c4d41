#!/bin/sh
# Nightly PostgreSQL backup to local disk + S3.
set -eu

PGHOST="${PGHOST:-localhost}"
PGUSER="${PGUSER:-backup}"
DB_NAME="${DB_NAME:-app_production}"
BACKUP_DIR="${BACKUP_DIR:-/var/backups/postgres}"
S3_BUCKET="${S3_BUCKET:-s3://acme-db-backups}"
RETENTION_DAYS="${RETENTION_DAYS:-14}"

timestamp=$(date -u +%Y-%m-%dT%H%M%SZ)
outfile="$BACKUP_DIR/${DB_NAME}_${timestamp}.dump"

mkdir -p "$BACKUP_DIR"

echo "Dumping $DB_NAME to $outfile"
pg_dump -h "$PGHOST" -U "$PGUSER" -Fc -Z 6 -f "$outfile" "$DB_NAME"

echo "Uploading to $S3_BUCKET"
aws s3 cp "$outfile" "$S3_BUCKET/$(basename "$outfile")" --only-show-errors

# --- retention ---
# Local pruning and the S3 lifecycle check go here. They're the same
# find ... -mtime +$RETENTION_DAYS -delete block and the `aws s3 ls`
# loop from the version you sent me; I haven't changed them, so I'm
# not repeating them in this reply.

echo "Backup finished: $(du -h "$outfile" | cut -f1)"
