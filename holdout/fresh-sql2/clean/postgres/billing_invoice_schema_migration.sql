\set ON_ERROR_STOP on
-- Migration 0042: invoices and credit notes
BEGIN;

CREATE SCHEMA IF NOT EXISTS billing;

CREATE TYPE billing.invoice_status AS ENUM ('draft', 'issued', 'paid', 'void');

CREATE TABLE billing.customers (
    customer_id  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    legal_name   text        NOT NULL,
    country_code char(2)     NOT NULL CHECK (country_code ~ '^[A-Z]{2}$'),
    created_at   timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE billing.invoices (
    invoice_id   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer_id  bigint NOT NULL REFERENCES billing.customers (customer_id),
    status       billing.invoice_status NOT NULL DEFAULT 'draft',
    net_amount   numeric(12, 2) NOT NULL CHECK (net_amount >= 0),
    tax_rate     numeric(5, 4)  NOT NULL DEFAULT 0.2000,
    gross_amount numeric(12, 2) GENERATED ALWAYS AS (round(net_amount * (1 + tax_rate), 2)) STORED,
    issued_at    timestamptz,
    updated_at   timestamptz NOT NULL DEFAULT now()
);

-- Same as above, but credit notes always point at an existing invoice.
CREATE TABLE billing.credit_notes (
    credit_note_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    invoice_id     bigint NOT NULL REFERENCES billing.invoices (invoice_id) ON DELETE CASCADE,
    amount         numeric(12, 2) NOT NULL CHECK (amount > 0),
    reason         text
);

CREATE INDEX invoices_open_idx
    ON billing.invoices (customer_id, issued_at)
    WHERE status IN ('draft', 'issued');

CREATE OR REPLACE FUNCTION billing.touch_updated_at()
RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
    NEW.updated_at := now();
    RETURN NEW;
END;
$$;

CREATE TRIGGER invoices_touch
    BEFORE UPDATE ON billing.invoices
    FOR EACH ROW EXECUTE FUNCTION billing.touch_updated_at();

COMMENT ON COLUMN billing.invoices.gross_amount IS 'Derived; never written directly...';

COMMIT;
