#!/usr/bin/env bash
set -euo pipefail

export DATABASE_URL="${DATABASE_URL:?DATABASE_URL must be set}"

echo "Waiting for postgres"
until pg_isready -d "$DATABASE_URL" >/dev/null 2>&1; do
  sleep 1
done

...

npx prisma migrate deploy
npx prisma db seed
