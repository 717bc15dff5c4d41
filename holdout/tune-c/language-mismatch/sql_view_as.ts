CREATE OR REPLACE VIEW active_customer_summary AS
SELECT c.id,
       c.email,
       COUNT(o.id)                    AS order_count,
       COALESCE(SUM(o.total_cents), 0) AS lifetime_cents,
       MAX(o.created_at)              AS last_order_at
FROM customers c
LEFT JOIN orders o ON o.customer_id = c.id AND o.status = 'paid'
WHERE c.deleted_at IS NULL
GROUP BY c.id, c.email;
