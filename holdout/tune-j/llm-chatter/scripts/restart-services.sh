Absolutely — below is a version that restarts the services one at a time and waits for each to report healthy.

#!/usr/bin/env bash
set -euo pipefail

SERVICES=(api worker scheduler)
TIMEOUT=90

wait_healthy() {
  local svc=$1 waited=0
  until [[ "$(docker inspect -f '{{.State.Health.Status}}' "$svc")" == "healthy" ]]; do
    if (( waited >= TIMEOUT )); then
      echo "$svc did not become healthy within ${TIMEOUT}s" >&2
      return 1
    fi
    sleep 3
    waited=$((waited + 3))
  done
}

for svc in "${SERVICES[@]}"; do
  echo "restarting $svc"
  docker restart "$svc" >/dev/null
  wait_healthy "$svc"
done

echo "all services restarted"

This way you avoid taking the whole stack down at once, and a bad restart stops the rollout early.
