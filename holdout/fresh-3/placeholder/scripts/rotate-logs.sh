#!/bin/sh
# Rotate and compress application logs; meant for a daily cron entry.
set -eu

LOG_DIR="${LOG_DIR:-/var/log/myapp}"
ARCHIVE_DIR="$LOG_DIR/archive"
MAX_AGE_DAYS="${MAX_AGE_DAYS:-30}"
STAMP=$(date +%Y%m%d)

mkdir -p "$ARCHIVE_DIR"

for f in "$LOG_DIR"/*.log; do
  # mv + gzip into $ARCHIVE_DIR with $STAMP, same as the nginx block you had
done

# signal the app to reopen its log files
if [ -f /run/myapp.pid ]; then
  kill -USR1 "$(cat /run/myapp.pid)"
fi

find "$ARCHIVE_DIR" -name '*.log.gz' -mtime +"$MAX_AGE_DAYS" -delete
echo "rotated logs in $LOG_DIR"
