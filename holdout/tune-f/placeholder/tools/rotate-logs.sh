#!/usr/bin/env bash
set -euo pipefail

LOG_DIR=${LOG_DIR:-/var/log/myapp}
MAX_SIZE_MB=${MAX_SIZE_MB:-100}

for log in "$LOG_DIR"/*.log; do
  [[ -e $log ]] || continue
  size_mb=$(( $(stat -c %s "$log") / 1024 / 1024 ))
  if (( size_mb >= MAX_SIZE_MB )); then
    mv "$log" "$log.$(date +%Y%m%d)"
    : > "$log"
    gzip -9 "$log.$(date +%Y%m%d)"
  fi
done

if [[ $(find "$LOG_DIR" -name '*.gz' | wc -l) -gt 30 ]]; then
  # cleanup logic goes here
fi

systemctl kill -s HUP myapp.service
