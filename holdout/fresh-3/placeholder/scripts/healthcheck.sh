#!/bin/sh
# Container HEALTHCHECK: app must answer HTTP and reach its database.
set -eu

APP_URL="${APP_URL:-http://127.0.0.1:8080/healthz}"
DB_HOST="${DB_HOST:-db}"
DB_PORT="${DB_PORT:-5432}"
TIMEOUT="${HEALTH_TIMEOUT:-3}"

check_http() {
  # [unchanged]
}

check_db() {
  if ! nc -z -w "$TIMEOUT" "$DB_HOST" "$DB_PORT"; then
    echo "database $DB_HOST:$DB_PORT unreachable" >&2
    return 1
  fi
}

check_http
check_db
echo "healthy"
