#!/usr/bin/env bash
# Updated per your feedback — it now compresses instead of deleting, and the
# retention is configurable.
set -euo pipefail

LOG_DIR="${LOG_DIR:-/var/log/app}"
RETAIN_DAYS="${RETAIN_DAYS:-30}"

shopt -s nullglob

for f in "$LOG_DIR"/*.log; do
  [[ -s "$f" ]] || continue
  ts="$(date +%Y%m%d%H%M%S)"
  mv "$f" "$f.$ts"
  gzip -9 "$f.$ts"
done

find "$LOG_DIR" -name '*.log.*.gz' -mtime "+$RETAIN_DAYS" -delete

# reopen log files
if [[ -f /run/app.pid ]]; then
  kill -USR1 "$(cat /run/app.pid)"
fi
