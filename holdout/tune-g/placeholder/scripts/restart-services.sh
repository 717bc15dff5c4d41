#!/usr/bin/env bash
# Restart the app stack in dependency order.
set -euo pipefail

restart() {
  local svc="$1"
  echo "restarting $svc"
  sudo systemctl restart "$svc"
  for _ in $(seq 1 30); do
    if systemctl is-active --quiet "$svc"; then
      echo "$svc is up"
      return 0
    fi
    sleep 1
  done
  echo "$svc did not come back" >&2
  return 1
}

restart postgresql
restart redis-server
# repeat for each remaining service

sudo systemctl reload nginx
