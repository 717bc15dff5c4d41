Here's the fixed script:
#!/usr/bin/env bash
set -euo pipefail

HOST="${DB_HOST:-localhost}"
PORT="${DB_PORT:-5432}"
TIMEOUT="${WAIT_TIMEOUT:-60}"

echo "waiting for postgres at ${HOST}:${PORT}"
for ((i = 0; i < TIMEOUT; i++)); do
  if pg_isready -h "$HOST" -p "$PORT" >/dev/null 2>&1; then
    echo "postgres is ready"
    exec "$@"
  fi
  sleep 1
done

echo "gave up after ${TIMEOUT}s" >&2
exit 1
