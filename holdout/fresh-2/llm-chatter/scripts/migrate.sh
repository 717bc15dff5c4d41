#!/usr/bin/env bash
set -euo pipefail

: "${DATABASE_URL:?DATABASE_URL must be set}"

First, we wait for the database to accept connections:

for i in $(seq 1 30); do
  if pg_isready -d "$DATABASE_URL" >/dev/null 2>&1; then
    break
  fi
  echo "waiting for database ($i/30)"
  sleep 2
done

Then we run the migrations and print the resulting version:

alembic upgrade head
alembic current
