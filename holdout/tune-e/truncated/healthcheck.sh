#!/usr/bin/env bash
set -uo pipefail

URL=${1:-http://localhost:3000/api/health}
TIMEOUT=60
START=$(date +%s)

until curl -fsS "$URL" >/dev/null 2>&1; do
  if [ $(( $(date +%s) - START )) -ge "$TIMEOUT" ]; then
    echo "gave up after ${TIMEOUT}s" >&2
    exit 1
  fi
  sleep 2
done

echo "Service at $URL is up after $(( $(date +%s) - START ))