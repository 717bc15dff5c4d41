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

# [rest of script unchanged]
