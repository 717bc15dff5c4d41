#!/usr/bin/env bash
set -uo pipefail

URL="${HEALTH_URL:-http://127.0.0.1:8080/healthz}"
TIMEOUT="${HEALTH_TIMEOUT:-3}"

status="$(curl -s -o /dev/null -w '%{http_code}' --max-time "$TIMEOUT" "$URL")"

Note: curl returns 000 when the connection itself fails, so we treat that the
same as a 5xx below instead of letting the script exit early.

if [[ "$status" == "200" ]]; then
  exit 0
fi

if [[ "$status" == "000" || "$status" =~ ^5 ]]; then
  echo "unhealthy: $URL returned $status" >&2
  exit 1
fi

echo "unexpected status $status from $URL" >&2
exit 1
