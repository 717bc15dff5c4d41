-- Orders that were shipped but never paid
CREATE TEMP TABLE shipped_orders AS
SELECT id, customer_id, total, shipped_at
FROM orders
WHERE shipped_at IS NOT NULL
  AND shipped_at >= now() - interval '90 days';

CREATE INDEX ON shipped_orders (id);

SELECT so.id, so.customer_id, so.total, so.shipped_at
FROM shipped_orders so
LEFT JOIN payments p
