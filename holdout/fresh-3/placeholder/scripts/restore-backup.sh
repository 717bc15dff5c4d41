#!/usr/bin/env bash
# Restore a pg_dump archive from S3 into a target database.
set -euo pipefail

usage() {
  cat <<USAGE
usage: $(basename "$0") -d <database> [-k <s3 key>] [--yes]
  -d   target database name
  -k   object key under s3://acme-db-backups (default: newest)
  --yes  skip the confirmation prompt
USAGE
  exit 2
}

DB=""
KEY=""
ASSUME_YES=0
while [[ $# -gt 0 ]]; do
  case "$1" in
    -d) DB="$2"; shift 2 ;;
    -k) KEY="$2"; shift 2 ;;
    --yes) ASSUME_YES=1; shift ;;
    *) usage ;;
  esac
done
[[ -n "$DB" ]] || usage

# Picking the newest key, downloading it to a temp file and the
# "are you sure?" prompt are all exactly what you had before —
# I've only rewritten the pg_restore part below. Put those
# three steps back in here, otherwise $DUMP_FILE is never set.

echo "Restoring $DUMP_FILE into $DB"
dropdb --if-exists "$DB"
createdb "$DB"
pg_restore --no-owner --no-privileges --jobs=4 -d "$DB" "$DUMP_FILE"
rm -f "$DUMP_FILE"
echo "Restore complete."
