#!/usr/bin/env bash
set -euo pipefail

DB="${DB_NAME:-app_dev}"
SEED_DIR="${SEED_DIR:-db/seeds}"

if [[ "${RAILS_ENV:-development}" == "production" ]]; then
  echo "refusing to seed production" >&2
  exit 1
fi

for f in "$SEED_DIR"/*.sql; do
  echo "loading $(basename "$f")"
  psql -v ON_ERROR_STOP=1 -q -d "$DB" -f "$f"
done

echo "seeded $DB"

This loads the SQL files in alphabetical order, so prefix them with numbers (01_users.sql, 02_orders.sql, ...) to control the order. Do you want me to add an option that truncates the tables first?
