#!/usr/bin/env bash
set -euo pipefail

HOST="${DB_HOST:-localhost}"
PORT="${DB_PORT:-5432}"

echo "Waiting for database at ${HOST}:${PORT}..."
for _ in $(seq 1 60); do
  if pg_isready -h "$HOST" -p "$PORT" >/dev/null 2>&1; then
    echo "Database is up."
    exit 0
  fi
  printf '.'
  sleep 1
done
echo
echo "Timed out waiting for database..." >&2
exit 1
