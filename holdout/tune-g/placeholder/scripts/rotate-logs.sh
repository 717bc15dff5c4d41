#!/usr/bin/env bash
set -euo pipefail

LOG_DIR="/var/log/acme"
KEEP_DAYS="${KEEP_DAYS:-7}"

for f in "$LOG_DIR"/*.log; do
  [ -e "$f" ] || continue
  size=$(stat -c %s "$f")
  if (( size > 50 * 1024 * 1024 )); then
    mv "$f" "$f.$(date +%Y%m%d%H%M)"
    : > "$f"
  fi
done

<existing code>

find "$LOG_DIR" -name '*.log.*' -mtime +"$KEEP_DAYS" -delete
echo "log rotation done"
