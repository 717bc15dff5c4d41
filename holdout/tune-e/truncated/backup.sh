#!/usr/bin/env bash
set -euo pipefail

DATABASES=(orders users inventory)
OUT=/var/backups/mysql/$(date +%F)
mkdir -p "$OUT"

for db in "${DATABASES[@]}"; do
  echo "dumping $db"
  mysqldump --single-transaction --routines --triggers "$db" \
    | gzip > "$OUT/${db}.sql.gz"