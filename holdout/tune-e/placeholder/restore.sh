#!/usr/bin/env bash
set -euo pipefail

DUMP="${1:?usage: restore.sh DUMP_FILE [DB_NAME]}"
DB="${2:-app_restore}"

if [ ! -f "$DUMP" ]; then
  echo "no such file: $DUMP" >&2
  exit 1
fi

dropdb --if-exists "$DB"
createdb "$DB"
pg_restore --no-owner --jobs=4 --dbname="$DB" "$DUMP"

...

echo "restored $DUMP into $DB"
