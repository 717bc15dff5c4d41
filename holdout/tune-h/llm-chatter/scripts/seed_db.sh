#!/usr/bin/env bash
set -euo pipefail

DB_URL=${DATABASE_URL:-postgres://dev:dev@localhost:5432/shop_dev}
SEED_DIR=${SEED_DIR:-db/seeds}

psql_q() { psql "$DB_URL" -v ON_ERROR_STOP=1 -At "$@"; }

# This is the part you were asking about: a table is only seeded while it is still empty
for file in "$SEED_DIR"/*.csv; do
  table=$(basename "$file" .csv)
  count=$(psql_q -c "SELECT count(*) FROM \"$table\"")
  if [ "$count" -gt 0 ]; then
    echo "skip $table ($count rows)"
    continue
  fi
  echo "seeding $table"
  psql_q -c "\\copy \"$table\" FROM '$file' WITH (FORMAT csv, HEADER true)"
done

psql_q -c "SELECT setval(pg_get_serial_sequence('products', 'id'), (SELECT max(id) FROM products))" >/dev/null
echo "seed complete"
