#!/usr/bin/env bash
# Sure! Here's the revised backup script with the compression flag you asked for.
set -euo pipefail

DB_NAME="${DB_NAME:-shop}"
DB_USER="${DB_USER:-backup}"
BACKUP_DIR="${BACKUP_DIR:-/var/backups/mysql}"
KEEP_DAYS="${KEEP_DAYS:-7}"

mkdir -p "$BACKUP_DIR"
outfile="$BACKUP_DIR/${DB_NAME}-$(date +%F-%H%M).sql.gz"

mysqldump --single-transaction --quick --routines --triggers \
  -u "$DB_USER" "$DB_NAME" | gzip -9 > "$outfile"

find "$BACKUP_DIR" -name "${DB_NAME}-*.sql.gz" -mtime +"$KEEP_DAYS" -delete
echo "wrote $outfile"

# Let me know if you also want it to push the dumps to S3 afterwards.
