#!/usr/bin/env bash
# Wait until the API answers on /ready, then run the smoke tests.
set -uo pipefail

URL="${URL:-http://localhost:8080/ready}"
DEADLINE=$(( $(date +%s) + 120 ))

while ! curl -fs "$URL" >/dev/null; do
  if (( $(date +%s) > DEADLINE )); then
    echo "service not ready after 120s" >&2
    exit 1
  fi
  echo "waiting for $URL"
  sleep 2
done

./scripts/smoke.sh
