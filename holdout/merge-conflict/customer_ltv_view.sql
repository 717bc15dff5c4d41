CREATE OR REPLACE VIEW customer_lifetime_value AS
SELECT
    c.id AS customer_id,
    c.email,
    MIN(o.created_at) AS first_order_at,
    MAX(o.created_at) AS last_order_at,
    COUNT(o.id) AS order_count,
<<<<<<< HEAD
    COALESCE(SUM(o.total_amount), 0) AS lifetime_value
||||||| merged common ancestors
    SUM(o.total_amount) AS lifetime_value
=======
    COALESCE(SUM(o.total_amount) FILTER (WHERE o.status = 'completed'), 0) AS lifetime_value,
    COALESCE(SUM(o.total_amount) FILTER (WHERE o.status = 'refunded'), 0) AS refunded_value
>>>>>>> origin/main
FROM customers c
LEFT JOIN orders o ON o.customer_id = c.id
GROUP BY c.id, c.email;
