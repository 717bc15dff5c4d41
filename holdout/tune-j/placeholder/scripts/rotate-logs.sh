#!/usr/bin/env bash
set -euo pipefail

LOG_DIR=${LOG_DIR:-/var/log/myapp}
MAX_AGE_DAYS=${MAX_AGE_DAYS:-30}
COMPRESS=${COMPRESS:-1}

shopt -s nullglob

for log in "$LOG_DIR"/*.log; do
  size=$(stat -c %s "$log")
  if (( size < 1024 )); then
    continue
  fi

  rotated="$log.$(date +%Y%m%d%H%M)"
  cp "$log" "$rotated"
  : > "$log"

  if [[ "$COMPRESS" == "1" ]]; then
    gzip -9 "$rotated"
  else
    # same as above, minus gzip
  fi
done

find "$LOG_DIR" -name '*.log.*' -mtime +"$MAX_AGE_DAYS" -print -delete
