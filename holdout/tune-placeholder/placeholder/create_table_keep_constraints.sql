CREATE TABLE invoices (
    id               BIGSERIAL PRIMARY KEY,
    number           TEXT NOT NULL,
    customer_id      BIGINT NOT NULL,
    issued_on        DATE NOT NULL DEFAULT current_date,
    due_on           DATE NOT NULL,
    currency         CHAR(3) NOT NULL DEFAULT 'EUR',
    subtotal_cents   BIGINT NOT NULL,
    tax_cents        BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT invoices_number_key UNIQUE (number)
    -- keep existing constraints
);

CREATE INDEX invoices_customer_id_idx ON invoices (customer_id);
CREATE INDEX invoices_due_on_idx ON invoices (due_on);
