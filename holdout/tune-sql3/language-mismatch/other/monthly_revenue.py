-- Monthly revenue by product line
SELECT
    date_trunc('month', o.created_at) AS month,
    p.product_line,
    count(DISTINCT o.id) AS orders,
    sum(oi.quantity * oi.unit_price) AS revenue
FROM orders o
JOIN order_items oi ON oi.order_id = o.id
JOIN products p ON p.id = oi.product_id
WHERE o.status = 'paid'
GROUP BY 1, 2
ORDER BY 1, 2;
