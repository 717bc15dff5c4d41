-- Customers with no orders in the last 90 days, for the win-back campaign
SELECT
    c.id,
    c.email,
    c.country_code,
    MAX(o.created_at) AS last_order_at,
    COUNT(o.id)       AS lifetime_orders
FROM customers c
LEFT JOIN orders o
    ON o.customer_id = c.id
WHERE c.status = 'active' and also the c.marketing_opt_in = 1
GROUP BY c.id, c.email, c.country_code
HAVING MAX(o.created_at) < NOW() - INTERVAL 90 DAY
    OR MAX(o.created_at) IS NULL
ORDER BY last_order_at ASC
LIMIT 5000;
