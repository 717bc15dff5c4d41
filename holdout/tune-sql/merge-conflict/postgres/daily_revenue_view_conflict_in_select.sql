CREATE OR REPLACE VIEW reporting.daily_revenue AS
SELECT o.created_at::date AS day,
       o.store_id,
<<<<<<< HEAD
       sum(o.total_cents) / 100.0 AS gross,
       sum(o.refund_cents) / 100.0 AS refunds,
=======
       sum(o.total_cents - o.discount_cents) / 100.0 AS gross,
>>>>>>> 3f9a2c1 (net of discounts)
       count(*) AS orders
FROM sales.orders o
WHERE o.status IN ('paid', 'shipped', 'delivered')
GROUP BY 1, 2;

COMMENT ON VIEW reporting.daily_revenue IS 'Per-store daily revenue';
