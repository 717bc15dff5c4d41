#!/usr/bin/env bash
set -euo pipefail

: "${DATABASE_URL:?DATABASE_URL must be set}"
MIGRATIONS_DIR=${MIGRATIONS_DIR:-db/migrations}

psql() { command psql "$DATABASE_URL" -v ON_ERROR_STOP=1 -qAt "$@"; }

psql -c "create table if not exists schema_migrations (
  version text primary key,
  applied_at timestamptz not null default now()
)"

applied=$(psql -c "select version from schema_migrations order by version")

pending=()
for file in "$MIGRATIONS_DIR"/*.sql; do
  version=$(basename "$file" .sql)
  if ! grep -qx "$version" <<<"$applied"; then
    pending+=("$file")
  fi
done

echo "${#pending[@]} pending migration(s)"
# ... (elided for brevity)
echo "database is up to date"
