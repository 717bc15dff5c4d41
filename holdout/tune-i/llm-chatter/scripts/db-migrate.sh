#!/usr/bin/env bash
set -euo pipefail

: "${DATABASE_URL:?DATABASE_URL must be set}"

echo "Checking database connectivity..."
for i in {1..30}; do
  if psql "$DATABASE_URL" -c 'select 1' >/dev/null 2>&1; then
    break
  fi
  sleep 2
done

Next, we run the migrations. `--strict` makes the tool stop on the first failing file:

npx node-pg-migrate up --strict --migrations-dir db/migrations

echo "Migrations applied."
