#!/usr/bin/env bash
set -euo pipefail

: "${DATABASE_URL:?DATABASE_URL must be set}"
TARGET_VERSION="${1:-latest}"

echo "Applying migrations up to ${TARGET_VERSION}"

psql "$DATABASE_URL" -v ON_ERROR_STOP=1 --single-transaction <<'SQL'
CREATE TABLE IF NOT EXISTS schema_migrations (
    version     TEXT PRIMARY KEY,
    applied_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE IF NOT EXISTS invoices (
    id           BIGSERIAL PRIMARY KEY,
    customer_id  BIGINT NOT NULL,
    amount_cents INTEGER NOT NULL CHECK (amount_cents >= 0),
    status       TEXT NOT NULL DEFAULT 'draft',
    issued_at    TIMESTAMPTZ
);

CREATE INDEX IF NOT EXISTS invoices_customer_idx ON invoices (customer_id);

DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_type WHERE typname = 'invoice_status') THEN
        CREATE TYPE invoice_status AS ENUM ('draft', 'open', 'paid', 'void');
    END IF;
END
$$;

INSERT INTO schema_migrations (version) VALUES ('0003_invoices')
ON CONFLICT (version) DO NOTHING;
SQL

count=$(psql "$DATABASE_URL" -At -c "SELECT count(*) FROM schema_migrations")
echo "Done: ${count} migrations recorded."
