#!/usr/bin/env bash
# Rotate and compress application logs
set -euo pipefail

LOG_DIR=${LOG_DIR:-/var/log/matchmaker}
ARCHIVE_DIR=$LOG_DIR/archive
MAX_AGE_DAYS=30

mkdir -p "$ARCHIVE_DIR"

for f in "$LOG_DIR"/*.log; do
  [ -s "$f" ] || continue
  mv "$f" "$f.$(date +%Y%m%d-%H%M%S)"
done

# tell the server to reopen its log files
pkill -USR1 -x matchmaker || true

Next, we compress anything older than a day and move it into the archive folder:

find "$LOG_DIR" -maxdepth 1 -name '*.log.*' ! -name '*.gz' -mtime +0 -print0 |
  while IFS= read -r -d '' f; do
    gzip -9 "$f"
    mv "$f.gz" "$ARCHIVE_DIR/"
  done

Finally, prune archives past the retention window:

find "$ARCHIVE_DIR" -name '*.gz' -mtime +"$MAX_AGE_DAYS" -delete
echo "log rotation done"
