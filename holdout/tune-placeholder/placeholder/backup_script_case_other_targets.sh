#!/bin/bash
set -eu

BACKUP_DIR=/var/backups/app
STAMP=$(date +%F)
mkdir -p "$BACKUP_DIR"

target="${1:-all}"

case "$target" in
  postgres)
    pg_dump --format=custom --file="$BACKUP_DIR/db-$STAMP.dump" "$DATABASE_URL"
    ;;
  uploads)
    tar -czf "$BACKUP_DIR/uploads-$STAMP.tar.gz" -C /srv/app uploads
    ;;
  # ... other cases
  *)
    echo "unknown target: $target" >&2
    exit 2
    ;;
esac

find "$BACKUP_DIR" -type f -mtime +14 -delete
echo "backup of $target done"
