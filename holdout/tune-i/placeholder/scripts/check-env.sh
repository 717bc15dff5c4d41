#!/usr/bin/env bash
# Validate that required environment variables are present before boot.
set -uo pipefail

REQUIRED=(DATABASE_URL REDIS_URL SECRET_KEY)
missing=0

for var in "${REQUIRED[@]}"; do
  if [[ -z "${!var:-}" ]]; then
    echo "missing: $var" >&2
    missing=1
  fi
done

if [[ -f .env.local ]]; then
  set -a
  . ./.env.local
  set +a
else
  # existing fallback
fi

if ((missing)); then
  exit 1
fi
echo "environment OK"
