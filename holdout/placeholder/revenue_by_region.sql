SELECT
    r.name AS region,
    date_trunc('quarter', o.created_at)::date AS quarter,
    SUM(o.total_amount) AS revenue,
    COUNT(*) AS orders
FROM orders o
JOIN customers c ON c.id = o.customer_id
JOIN regions r   ON r.id = c.region_id
WHERE o.status = 'completed'
    -- ... rest of the WHERE clause unchanged
GROUP BY r.name, date_trunc('quarter', o.created_at)
ORDER BY quarter, revenue DESC;
