#!/usr/bin/env bash
set -euo pipefail

LOG_DIR="/var/log/myapp"
KEEP=7

shopt -s nullglob

rotate() {
  local file="$1"
  # ... same rotation logic as before
  echo "rotated $file"
}

for log in "$LOG_DIR"/*.log; do
  echo "rotating $log"
  rotate "$log"
done

systemctl kill --signal=HUP myapp.service || true
