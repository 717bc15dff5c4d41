#!/bin/bash
# Restart the app stack in dependency order and wait for each to come up.
set -euo pipefail

wait_active() {
  local unit="$1" tries=0
  until systemctl is-active --quiet "$unit"; do
    tries=$((tries + 1))
    if (( tries > 20 )); then
      echo "$unit failed to start" >&2
      journalctl -u "$unit" -n 20 --no-pager >&2
      return 1
    fi
    sleep 1
  done
}

systemctl restart postgresql
wait_active postgresql
# ... and so on for the other services
systemctl restart app-web
wait_active app-web

echo "all services restarted"
