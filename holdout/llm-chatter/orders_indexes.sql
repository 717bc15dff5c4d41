First, we add the new column to track when an order was shipped:

ALTER TABLE orders
    ADD COLUMN shipped_at timestamptz;

UPDATE orders o
SET shipped_at = s.created_at
FROM shipments s
WHERE s.order_id = o.id
  AND o.shipped_at IS NULL;

Now, let's create the index so that the dashboard query can filter on it efficiently:

CREATE INDEX CONCURRENTLY idx_orders_shipped_at
    ON orders (shipped_at)
    WHERE shipped_at IS NOT NULL;

Finally, update the reporting view to expose the new column:

CREATE OR REPLACE VIEW order_summary AS
SELECT
    o.id,
    o.customer_id,
    o.status,
    o.created_at,
    o.shipped_at,
    o.shipped_at - o.created_at AS time_to_ship
FROM orders o;

That's it! Keep in mind that `CREATE INDEX CONCURRENTLY` cannot run inside a transaction block.
