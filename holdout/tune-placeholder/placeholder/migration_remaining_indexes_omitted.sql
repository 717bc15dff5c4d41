BEGIN;

ALTER TABLE orders ADD COLUMN fulfilled_at TIMESTAMPTZ;
ALTER TABLE orders ADD COLUMN carrier TEXT;
ALTER TABLE orders ADD COLUMN tracking_number TEXT;

UPDATE orders
SET fulfilled_at = shipped_at
WHERE status = 'shipped' AND fulfilled_at IS NULL;

CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_fulfilled_at_idx ON orders (fulfilled_at);
-- remaining indexes omitted

COMMIT;
