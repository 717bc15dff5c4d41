Certainly! Below is a script that dumps production and restores it into your local database.

#!/usr/bin/env bash
set -euo pipefail

PROD_URL="${PROD_DATABASE_URL:?set PROD_DATABASE_URL}"
LOCAL_DB="${LOCAL_DB:-app_dev}"
DUMP="$(mktemp -t prod-XXXXXX.dump)"
trap 'rm -f "$DUMP"' EXIT

echo "Dumping production (schema + data, no owners)…"
pg_dump "$PROD_URL" --format=custom --no-owner --no-privileges \
  --exclude-table-data='audit_log' --file="$DUMP"

echo "Recreating $LOCAL_DB"
dropdb --if-exists "$LOCAL_DB"
createdb "$LOCAL_DB"

pg_restore --no-owner --jobs=4 --dbname="$LOCAL_DB" "$DUMP"
psql "$LOCAL_DB" -c "UPDATE users SET email = 'user' || id || '@example.test';"
echo "Done: $LOCAL_DB now mirrors production (emails anonymised)."
