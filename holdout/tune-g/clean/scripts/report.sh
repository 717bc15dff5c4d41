#!/usr/bin/env bash
# Nightly usage report; mailed to the ops list.
set -euo pipefail

DB="${REPORT_DB:-analytics}"
OUT="$(mktemp)"
trap 'rm -f "$OUT"' EXIT

total=$(psql -Atc "SELECT count(*) FROM events WHERE ts > now() - interval '1 day'" "$DB")
users=$(psql -Atc "SELECT count(DISTINCT user_id) FROM events WHERE ts > now() - interval '1 day'" "$DB")

{
  echo "Here is the summary:"
  echo "  events in the last 24h: $total"
  echo "  active users:           $users"
  echo
  echo "Note: numbers exclude internal test accounts."
} > "$OUT"

mail -s "Usage report $(date +%F)" ops@example.com < "$OUT"
