#!/usr/bin/env bash
set -euo pipefail

MIGRATIONS_DIR=${MIGRATIONS_DIR:-./migrations}
PSQL=(psql -v ON_ERROR_STOP=1 --quiet "$DATABASE_URL")

"${PSQL[@]}" -c "CREATE TABLE IF NOT EXISTS schema_migrations (version text PRIMARY KEY, applied_at timestamptz DEFAULT now())"

applied=$("${PSQL[@]}" -At -c "SELECT version FROM schema_migrations")

pending=()
for file in "$MIGRATIONS_DIR"/*.sql; do
  version=$(basename "$file" .sql)
  grep -qx "$version" <<<"$applied" || pending+=("$file")
done

echo "${#pending[@]} pending migration(s)"
for file in "${pending[@]}"; do
  # ... apply each migration as before
done

echo "migrations up to date"
