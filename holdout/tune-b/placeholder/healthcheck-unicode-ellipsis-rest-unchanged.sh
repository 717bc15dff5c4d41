#!/bin/sh
set -eu

URL="${HEALTHCHECK_URL:-http://127.0.0.1:8080/healthz}"

status=$(curl -s -o /dev/null -w '%{http_code}' --max-time 3 "$URL" || echo 000)
if [ "$status" != "200" ]; then
  echo "unhealthy: $URL returned $status"
  exit 1
fi
# … rest unchanged
