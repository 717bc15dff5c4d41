#!/usr/bin/env bash
set -euo pipefail

DUMP=${1:?usage: db-restore.sh <dump-file> [database]}
DB=${2:-app_development}

if [[ ! -f $DUMP ]]; then
  echo "no such file: $DUMP" >&2
  exit 1
fi

dropdb --if-exists "$DB"
createdb "$DB"
pg_restore --no-owner --no-privileges --jobs=4 --dbname="$DB" "$DUMP"
psql -d "$DB" -c 'ANALYZE;'

echo "restored $DUMP into $DB"

**Warning:** this will overwrite the target database. Make sure you have a backup first!
