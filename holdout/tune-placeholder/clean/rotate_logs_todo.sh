#!/bin/sh
set -eu

LOG_DIR="${LOG_DIR:-/var/log/myapp}"
MAX_AGE_DAYS=30

# TODO: switch to logrotate once the hosts are on the new image
# FIXME: compressing while the app still writes to the file loses lines

for f in "$LOG_DIR"/*.log; do
  [ -e "$f" ] || continue
  mv "$f" "$f.$(date +%Y%m%d)"
  gzip "$f.$(date +%Y%m%d)"
done

find "$LOG_DIR" -name '*.gz' -mtime +"$MAX_AGE_DAYS" -delete
kill -HUP "$(cat /run/myapp.pid)" 2>/dev/null || true
