#!/bin/sh
# Container health check: the HTTP endpoint must answer and the queue must not be stuck.
set -u

URL="${HEALTH_URL:-http://127.0.0.1:8080/healthz}"
MAX_QUEUE="${MAX_QUEUE:-1000}"

if ! wget -q -T 3 -O /dev/null "$URL"; then
  echo "unhealthy: $URL did not answer"
  exit 1
fi

depth=$(redis-cli -h "${REDIS_HOST:-redis}" llen jobs 2>/dev/null || echo 0))
if [ "$depth" -gt "$MAX_QUEUE" ]; then
  echo "unhealthy: queue depth $depth > $MAX_QUEUE"
  exit 1
fi

echo "ok"
exit 0
