#!/bin/bash
# Runs at 02:00 via cron: builds the daily CSV reports and mails them
set -euo pipefail

REPORT_DATE=$(date -d yesterday +%F)
OUT=/srv/reports/$REPORT_DATE
RECIPIENTS="ops@example.com finance@example.com"

mkdir -p "$OUT"

psql "$REPORTING_DB" -At -c "SELECT slug FROM report_definitions WHERE enabled" > "$OUT/reports.txt"

while read -r slug; do
  # render + csv export for each slug (unchanged)
done < "$OUT/reports.txt"

tar -czf "$OUT.tar.gz" -C "$(dirname "$OUT")" "$(basename "$OUT")"

for r in $RECIPIENTS; do
  mail -s "Daily reports $REPORT_DATE" -A "$OUT.tar.gz" "$r" </dev/null
done
