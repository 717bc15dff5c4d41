#!/bin/bash
# Docker entrypoint init script: create roles, schemas and grants.
set -e

psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" <<-EOSQL
	CREATE ROLE app_rw LOGIN PASSWORD '${APP_RW_PASSWORD}';
	CREATE ROLE app_ro LOGIN PASSWORD '${APP_RO_PASSWORD}';

	CREATE SCHEMA IF NOT EXISTS app AUTHORIZATION app_rw;

	GRANT USAGE ON SCHEMA app TO app_ro;
	ALTER DEFAULT PRIVILEGES FOR ROLE app_rw IN SCHEMA app
	    GRANT SELECT ON TABLES TO app_ro;

	CREATE EXTENSION IF NOT EXISTS pg_stat_statements;
	CREATE EXTENSION IF NOT EXISTS citext;
EOSQL

if [ -n "${SEED_DEMO:-}" ]; then
  psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" <<'SQL'
SET search_path TO app;
CREATE TABLE IF NOT EXISTS demo_users (id serial PRIMARY KEY, email citext UNIQUE NOT NULL);
INSERT INTO demo_users (email) VALUES ('demo@example.com') ON CONFLICT DO NOTHING;
SQL
fi

echo "database initialised"
