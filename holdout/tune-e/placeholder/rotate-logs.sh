#!/usr/bin/env bash
set -euo pipefail

LOG_DIR=/var/log/myapp
ARCHIVE_DIR=/var/log/myapp/archive
KEEP_DAYS=30

mkdir -p "$ARCHIVE_DIR"

for f in "$LOG_DIR"/*.log; do
  [ -s "$f" ] || continue
  gzip -c "$f" > "$ARCHIVE_DIR/$(basename "$f").$(date +%F).gz"
  : > "$f"
done

...

find "$ARCHIVE_DIR" -name '*.gz' -mtime +"$KEEP_DAYS" -delete
systemctl kill -s HUP myapp.service
