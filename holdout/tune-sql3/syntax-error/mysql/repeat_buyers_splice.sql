-- Customers with more than five orders in the last 90 days
SELECT
    o.customer_id,
    c.email,
    COUNT(*) AS orders_90d,
    SUM(o.total_amount) AS spend_90d
FROM orders o
JOIN customers c ON c.id = o.customer_id
WHERE o.created_at >= DATE_SUB(CURDATE(), INTERVAL 90 DAY)
  AND o.status <> 'cancelled'
GROUP BY o.customer_idSELECT o.customer_id, c.email
HAVING COUNT(*) > 5
ORDER BY spend_90d DESC
LIMIT 100;

-- Flag them for the loyalty campaign
UPDATE customers c
JOIN (
    SELECT customer_id
    FROM orders
    WHERE created_at >= DATE_SUB(CURDATE(), INTERVAL 90 DAY)
    GROUP BY customer_id
    HAVING COUNT(*) > 5
) t ON t.customer_id = c.id
SET c.loyalty_segment = 'repeat_buyer';
