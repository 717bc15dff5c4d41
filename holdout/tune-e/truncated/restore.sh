#!/usr/bin/env bash
set -euo pipefail

DUMP=${1:?usage: restore.sh DUMP}
DB=${DB:-analytics}

echo "restoring ${DUMP} into ${DB}"
dropdb --if-exists "$DB"
createdb "$DB"
pg_restore --no-owner --no-privileges --jobs=4 --dbname="$DB