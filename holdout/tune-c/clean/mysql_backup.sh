#!/usr/bin/env bash
set -euo pipefail

DB=${DB:-shop}
DEST=${DEST:-/backups/mysql}
KEEP_DAYS=${KEEP_DAYS:-14}

log() { printf '%s %s\n' "$(date -u +%FT%TZ)" "$*"; }

table_sizes() {
  mysql --batch --skip-column-names -e "
    SELECT table_name, ROUND((data_length + index_length) / 1024 / 1024, 1)
    FROM information_schema.tables
    WHERE table_schema = '${DB}'
    ORDER BY (data_length + index_length) DESC
    LIMIT 5;"
}

mkdir -p "$DEST"
file="$DEST/${DB}-$(date +%F).sql.gz"

log "largest tables:"
table_sizes | while read -r name mb; do log "  $name ${mb}MB"; done

log "dumping $DB to $file"
mysqldump --single-transaction --routines --triggers "$DB" | gzip -9 > "$file"

find "$DEST" -name "${DB}-*.sql.gz" -mtime +"$KEEP_DAYS" -print -delete
log "done"
