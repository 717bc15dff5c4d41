PRAGMA foreign_keys = ON;

CREATE TABLE customers (
    id      INTEGER PRIMARY KEY,
    email   TEXT NOT NULL UNIQUE CHECK (email LIKE '%_@_%'),
    name    TEXT NOT NULL
) STRICT;

CREATE TABLE invoices (
    id          INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    net_cents   INTEGER NOT NULL CHECK (net_cents >= 0),
    vat_rate    REAL    NOT NULL DEFAULT 0.19,
    gross_cents INTEGER GENERATED ALWAYS AS (CAST(round(net_cents * (1 + vat_rate)) AS INTEGER)) STORED,
    memo        TEXT GENERATED ALWAYS AS ('invoice #' || id) VIRTUAL,
    note        TEXT DEFAULT 'TODO: add payment terms'
) STRICT;

INSERT INTO customers (id, email, name) VALUES (1, 'ops@example.com', 'Example Ops');
INSERT INTO invoices (customer_id, net_cents) VALUES (1, 10000), (1, 2500);

SELECT id, net_cents, gross_cents, memo, note FROM invoices ORDER BY id;