#!/usr/bin/env bash
set -euo pipefail

DB_HOST=localhost
DB_USER=postgres
DUMP="${1:?usage: db-restore.sh FILE.dump}"
TARGET_DB="${2:-app_restore}"

createdb -h "$DB_HOST" -U "$DB_USER" "$TARGET_DB"
pg_restore -h "$DB_HOST" -U "$DB_USER" -d "$TARGET_DB" --no-owner --jobs=4 "$DUMP"
psql -h "$DB_HOST" -U "$DB_USER" -d "$TARGET_DB" -c "ANALYZE;"
echo "restored $DUMP into $TARGET_DB"
