#!/usr/bin/env bash
# Nightly logical backup of every database on the server.
set -euo pipefail

BACKUP_ROOT=/var/backups/pg
DATE=$(date +%F)
mkdir -p "$BACKUP_ROOT/$DATE"

databases=$(psql -U postgres -Atc "SELECT datname FROM pg_database WHERE NOT datistemplate AND datname <> 'postgres'")

for db in $databases; do
  echo "Dumping $db"
  pg_dump -U postgres -Fc "$db" > "$BACKUP_ROOT/$DATE/$db.dump"
done

pg_dumpall -U postgres --globals-only > "$BACKUP_ROOT/$DATE/globals.sql"

find "$BACKUP_ROOT" -mindepth 1 -maxdepth 1 -type d -mtime +30 -exec rm -rf {} +
echo "Backup complete: $BACKUP_ROOT/$DATE"
