#!/usr/bin/env bash
set -euo pipefail

: "${DATABASE_URL:?DATABASE_URL must be set}"

echo "running schema migrations"
npx prisma migrate deploy

# As you requested, this now skips the data migrations step when SKIP_DATA=1
if [ "${SKIP_DATA:-0}" != "1" ]; then
  echo "running data migrations"
  node scripts/data-migrations/run.js --all
fi

npx prisma generate
echo "migrations complete"
