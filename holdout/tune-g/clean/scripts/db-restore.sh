#!/usr/bin/env bash
set -euo pipefail

usage() {
  cat <<'USAGE'
Usage: db-restore.sh <dump-file> [database]

Restores a pg_dump custom-format file. The database is dropped and
recreated first, so everything in it is replaced; roles are unchanged.

Note: run this against staging only. Here is an example:
  ./scripts/db-restore.sh backups/app_2024-06-01.dump app_staging
USAGE
}

[ $# -ge 1 ] || { usage; exit 64; }

DUMP="$1"
DB="${2:-app_staging}"

if [[ "$DB" == *prod* ]]; then
  echo "refusing to restore into '$DB'" >&2
  exit 1
fi

dropdb --if-exists "$DB"
createdb "$DB"
pg_restore --no-owner --jobs=4 -d "$DB" "$DUMP"
echo "restored $DUMP into $DB"
