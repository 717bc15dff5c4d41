#!/usr/bin/env bash
set -euo pipefail

UNITS=(worker@1 worker@2 worker@3 worker@4)

drain() {
  local unit="$1"
  systemctl kill --signal=SIGUSR1 "$unit"
  for _ in $(seq 1 60); do
    if [[ "$(systemctl show -p SubState --value "$unit")" == "exited" ]]; then
      return 0
    fi
    sleep 1
  done
  return 1
}

I changed the restart to go one unit at a time: `drain` sends SIGUSR1 so the worker finishes its current job, and only then do we restart it. That way the queue is never left without consumers.

for unit in "${UNITS[@]}"; do
  echo "restarting $unit"
  drain "$unit" || echo "warning: $unit did not drain in time" >&2
  systemctl restart "$unit"
done
