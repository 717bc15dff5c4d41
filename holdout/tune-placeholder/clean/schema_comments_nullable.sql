-- Customers table. id, email and created_at are required;
-- other columns are nullable and filled in lazily by the enrichment job.
CREATE TABLE customers (
    id          BIGSERIAL PRIMARY KEY,
    email       TEXT NOT NULL UNIQUE,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    full_name   TEXT,
    company     TEXT,
    country     CHAR(2),
    -- stored as-is from the signup form; normalised later
    phone       TEXT
);

CREATE INDEX customers_country_idx ON customers (country);
