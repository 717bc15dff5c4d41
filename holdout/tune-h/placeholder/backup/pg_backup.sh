#!/bin/bash
# Nightly Postgres backups to S3
set -eu

DATABASES=(app_prod analytics billing)
BACKUP_DIR=/var/backups/pg
BUCKET=s3://acme-db-backups
STAMP=$(date +%Y%m%d-%H%M)
RETENTION_DAYS=14

mkdir -p "$BACKUP_DIR"

log() {
  echo "$(date -Is) $*" | tee -a /var/log/pg_backup.log
}

for db in "${DATABASES[@]}"; do
  out="$BACKUP_DIR/${db}-${STAMP}.sql.gz"
  log "backing up $db -> $out"
  # pg_dump | gzip and the aws s3 cp upload go here, unchanged from the original
done

log "pruning local dumps older than ${RETENTION_DAYS} days"
find "$BACKUP_DIR" -name '*.sql.gz' -mtime +"$RETENTION_DAYS" -delete

if command -v aws >/dev/null; then
  aws s3 ls "$BUCKET/" --recursive | awk '{print $4}' | sort | head -n -60 | while read -r key; do
    aws s3 rm "$BUCKET/$key"
  done
fi

log "done"
