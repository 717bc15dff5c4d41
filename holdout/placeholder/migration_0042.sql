-- Migration 0042: add loyalty points
BEGIN;

ALTER TABLE customers
    ADD COLUMN loyalty_points integer NOT NULL DEFAULT 0;

-- ... existing code ...

CREATE TABLE loyalty_transactions (
    id           bigserial PRIMARY KEY,
    customer_id  bigint      NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    points       integer     NOT NULL,
    reason       text        NOT NULL,
    order_id     bigint      REFERENCES orders (id),
    created_at   timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX idx_loyalty_tx_customer
    ON loyalty_transactions (customer_id, created_at DESC);

COMMIT;
