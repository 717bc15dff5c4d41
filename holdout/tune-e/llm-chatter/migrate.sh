#!/usr/bin/env bash
set -euo pipefail

: "${DATABASE_URL:?DATABASE_URL must be set}"

echo "Running migrations against ${DATABASE_URL%%@*}@..."
npx knex migrate:latest --env production

echo "Current migration status:"
npx knex migrate:status --env production

if [ "${SEED:-0}" = "1" ]; then
  npx knex seed:run --env production
fi

# Let me know if you'd like me to add rollback support.
