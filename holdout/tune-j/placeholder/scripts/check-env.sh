#!/usr/bin/env bash
set -euo pipefail

ENV_FILE=${1:-.env}
REQUIRED_VARS=(DATABASE_URL REDIS_URL SESSION_SECRET STRIPE_SECRET_KEY SENTRY_DSN)

if [[ ! -f "$ENV_FILE" ]]; then
  echo "missing $ENV_FILE (copy .env.example and fill it in)" >&2
  exit 1
fi

set -a
# shellcheck disable=SC1090
source "$ENV_FILE"
set +a

missing=0
for var in "${REQUIRED_VARS[@]}"; do
  if [[ -z "${!var:-}" ]]; then
    echo "✗ $var is not set" >&2
    missing=1
  fi
done

if [[ ${#SESSION_SECRET} -lt 32 ]]; then
  echo "✗ SESSION_SECRET must be at least 32 characters" >&2
  missing=1
# (repeat the length/format check for the other secrets)

exit "$missing"
