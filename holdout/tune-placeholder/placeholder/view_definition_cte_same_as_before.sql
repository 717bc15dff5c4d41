CREATE OR REPLACE VIEW active_customer_summary AS
WITH last_orders AS (
    -- same as before
    SELECT customer_id, max(created_at) AS last_order_at
    FROM orders
    GROUP BY customer_id
),
lifetime AS (
    SELECT customer_id,
           count(*)             AS order_count,
           sum(total_cents)     AS lifetime_cents
    FROM orders
    WHERE status IN ('paid', 'shipped', 'delivered')
    GROUP BY customer_id
)
SELECT c.id,
       c.email,
       lo.last_order_at,
       coalesce(l.order_count, 0)     AS order_count,
       coalesce(l.lifetime_cents, 0)  AS lifetime_cents
FROM customers c
LEFT JOIN last_orders lo ON lo.customer_id = c.id
LEFT JOIN lifetime l ON l.customer_id = c.id
WHERE c.deleted_at IS NULL;
