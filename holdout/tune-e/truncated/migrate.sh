#!/usr/bin/env bash
set -euo pipefail

ATTEMPTS=0
MAX_ATTEMPTS=30

while ! pg_isready -h "${DB_HOST:-db}" -p 5432 >/dev/null 2>&1; do
  ATTEMPTS=$((ATTEMPTS + 1))
  if [ "$ATTEMPTS" -ge "$MAX_ATTEMPTS" ]; then
    echo "database not ready after ${MAX_ATTEMPTS}s" >&2
    exit 1
  fi
  sleep 1