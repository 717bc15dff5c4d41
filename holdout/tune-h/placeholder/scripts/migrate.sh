#!/usr/bin/env bash
set -euo pipefail

DB_URL=${DATABASE_URL:?DATABASE_URL must be set}
MIGRATIONS_DIR=${MIGRATIONS_DIR:-db/migrations}

ensure_table() {
  psql "$DB_URL" -v ON_ERROR_STOP=1 -q <<'SQL'
CREATE TABLE IF NOT EXISTS schema_migrations (
  version text PRIMARY KEY,
  applied_at timestamptz NOT NULL DEFAULT now()
);
SQL
}

applied_versions() {
  psql "$DB_URL" -At -c "SELECT version FROM schema_migrations ORDER BY version"
}

function run_migrations() { # ... loop over $MIGRATIONS_DIR/*.sql, skip applied, apply in a transaction ... }

ensure_table
run_migrations
echo "migrations complete"
