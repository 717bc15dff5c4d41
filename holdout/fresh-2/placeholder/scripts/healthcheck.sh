#!/bin/sh
set -u

URL="${HEALTH_URL:-http://127.0.0.1:8080/healthz}"
RETRIES="${RETRIES:-3}"

probe() {
  attempt=1
  while [ "$attempt" -le "$RETRIES" ]; do
    # …curl probe that sets $code, same flags as the original…
    if [ "${code:-000}" = "200" ]; then
      return 0
    fi
    attempt=$((attempt + 1))
    sleep 2
  done
  return 1
}

if probe; then
  echo "healthy"
  exit 0
fi

echo "unhealthy: last status ${code:-none} from $URL" >&2
exit 1
