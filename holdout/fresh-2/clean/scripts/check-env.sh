#!/usr/bin/env bash
set -uo pipefail

required=(DATABASE_URL REDIS_URL SECRET_KEY)
optional=(SENTRY_DSN SMTP_HOST)

status=0
for var in "${required[@]}"; do
  if [[ -z "${!var:-}" ]]; then
    echo "error: $var is not set" >&2
    status=1
  fi
done

for var in "${optional[@]}"; do
  if [[ -z "${!var:-}" ]]; then
    echo "Note: $var is not set; the related feature will be disabled."
  fi
done

# TODO: validate that DATABASE_URL actually points at Postgres, not SQLite.
if [[ "${SECRET_KEY:-}" == "change-me" ]]; then
  echo "Note: SECRET_KEY still has the example value from .env.example." >&2
  status=1
fi

exit "$status"
