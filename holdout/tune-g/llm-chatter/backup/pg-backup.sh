Updated backup script with rotation:

#!/usr/bin/env bash
set -euo pipefail

BACKUP_DIR=/var/backups/postgres
RETENTION_DAYS=10
STAMP=$(date +%Y-%m-%d_%H%M)

mkdir -p "$BACKUP_DIR"

for db in $(psql -U postgres -Atc "SELECT datname FROM pg_database WHERE datistemplate = false"); do
  pg_dump -U postgres -Fc "$db" > "$BACKUP_DIR/${db}_${STAMP}.dump"
done

find "$BACKUP_DIR" -name '*.dump' -mtime +"$RETENTION_DAYS" -print -delete
