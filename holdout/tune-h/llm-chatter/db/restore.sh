**Important:** run this only against a staging or local database. It drops and recreates the target database before restoring.

#!/usr/bin/env bash
set -euo pipefail

DUMP=${1:?usage: restore.sh <dump-file> [db-name]}
DB=${2:-app_staging}
PGHOST=${PGHOST:-localhost}
PGUSER=${PGUSER:-postgres}
export PGHOST PGUSER

if [[ "$DB" == *prod* ]]; then
  echo "refusing to restore into a production database ($DB)" >&2
  exit 1
fi

echo "Dropping and recreating $DB on $PGHOST..."
psql -v ON_ERROR_STOP=1 -d postgres <<SQL
SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '$DB' AND pid <> pg_backend_pid();
DROP DATABASE IF EXISTS "$DB";
CREATE DATABASE "$DB";
SQL

case "$DUMP" in
  *.sql.gz) gunzip -c "$DUMP" | psql -v ON_ERROR_STOP=1 -q -d "$DB" ;;
  *.sql) psql -v ON_ERROR_STOP=1 -q -d "$DB" -f "$DUMP" ;;
  *) pg_restore --no-owner --no-acl -j 4 -d "$DB" "$DUMP" ;;
esac

psql -d "$DB" -c "ANALYZE;"
echo "restore of $DUMP into $DB finished"
