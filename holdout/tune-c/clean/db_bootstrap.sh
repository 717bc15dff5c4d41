#!/usr/bin/env bash
# Create the reporting role and schema on a fresh PostgreSQL instance.
set -euo pipefail

: "${PGHOST:=localhost}"
: "${REPORTING_PASSWORD:?set REPORTING_PASSWORD}"

psql -v ON_ERROR_STOP=1 -v pw="$REPORTING_PASSWORD" --dbname postgres <<'SQL'
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'reporting') THEN
    CREATE ROLE reporting LOGIN;
  END IF;
END
$$;
ALTER ROLE reporting PASSWORD :'pw';

CREATE SCHEMA IF NOT EXISTS reporting AUTHORIZATION reporting;

CREATE TABLE IF NOT EXISTS reporting.daily_signups (
    day        DATE PRIMARY KEY,
    signups    INTEGER NOT NULL,
    computed_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

GRANT USAGE ON SCHEMA public TO reporting;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO reporting;
SQL

echo "reporting role ready on $PGHOST"
