#!/usr/bin/env bash
set -euo pipefail

DUMP=${1:?usage: db-restore.sh <dump.sql.gz> [target-db]}
TARGET=${2:-app_restore}
TABLES=(users accounts invoices payments audit_log)

if [[ ! -f "$DUMP" ]]; then
  echo "no such file: $DUMP" >&2
  exit 1
fi

echo "recreating $TARGET"
dropdb --if-exists "$TARGET"
createdb "$TARGET"

echo "restoring $DUMP"
gunzip -c "$DUMP" | psql --quiet --set ON_ERROR_STOP=1 "$TARGET"

echo "verifying row counts"
for table in "${TABLES[@]}"; do
  # [snip: same count + compare against prod_counts.txt as in the check script]
done

echo "restore of $TARGET complete"
