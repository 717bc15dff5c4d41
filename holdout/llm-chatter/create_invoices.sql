Here's the migration script to add the `invoices` table along with its line items:

CREATE TABLE invoices (
    id           bigserial PRIMARY KEY,
    customer_id  bigint      NOT NULL REFERENCES customers (id),
    number       text        NOT NULL UNIQUE,
    issued_on    date        NOT NULL DEFAULT current_date,
    due_on       date        NOT NULL,
    currency     char(3)     NOT NULL DEFAULT 'EUR',
    status       text        NOT NULL DEFAULT 'draft'
                 CHECK (status IN ('draft', 'sent', 'paid', 'void')),
    created_at   timestamptz NOT NULL DEFAULT now(),
    CHECK (due_on >= issued_on)
);

CREATE TABLE invoice_lines (
    id          bigserial PRIMARY KEY,
    invoice_id  bigint        NOT NULL REFERENCES invoices (id) ON DELETE CASCADE,
    description text          NOT NULL,
    quantity    numeric(10,2) NOT NULL CHECK (quantity > 0),
    unit_price  numeric(12,2) NOT NULL
);

CREATE INDEX idx_invoices_customer ON invoices (customer_id);

Note: Make sure to run this inside a transaction, and backfill any existing invoice data before adding the foreign key constraints in production.
