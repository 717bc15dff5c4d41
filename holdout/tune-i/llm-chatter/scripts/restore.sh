Here is the corrected version of your restore script. The issue was that `pg_restore` was
running before the database had been recreated, so it failed on the first CREATE TABLE.

#!/usr/bin/env bash
set -euo pipefail

DUMP="${1:?usage: restore.sh <dump-file>}"
DB="${DB_NAME:-app}"

[[ -f "$DUMP" ]] || { echo "no such file: $DUMP" >&2; exit 1; }

dropdb --if-exists "$DB"
createdb "$DB"

pg_restore --no-owner --no-privileges --jobs=4 --dbname="$DB" "$DUMP"

psql -d "$DB" -c 'ANALYZE;'
echo "restored $DUMP into $DB"
