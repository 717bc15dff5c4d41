#!/usr/bin/env bash
# Rotate and compress application logs older than a day.
set -euo pipefail

LOG_DIR="${LOG_DIR:-/var/log/myapp}"
KEEP="${KEEP:-30}"

if [[ ! -d "$LOG_DIR" ]]; then
  echo "no such directory: $LOG_DIR" >&2
  exit 1
fi

shopt -s nullglob
cd "$LOG_DIR"

for f in *.log; do
  if [[ -s "$f" ]]; then
    mv "$f" "$f.$(date +%Y%m%d)"
    : > "$f"
  fi
done

for f in *.log.[0-9]*; do
  [[ "$f" == *.gz ]] && continue
  gzip -9 "$f"
done

ls -1t *.gz | tail -n +"$((KEEP + 1))" | xargs -r rm --
systemctl kill -s HUP myapp.service || true
