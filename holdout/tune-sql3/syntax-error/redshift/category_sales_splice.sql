-- Revenue per category for the current month
SELECT
    p.category,
    SUM(oi.quantity * oi.unit_price) AS revenue,
    COUNT(DISTINCT oi.order_id) AS orders
FROM sales.order_items oi
JOIN sales.products p ON p.product_id = oi.product_id
WHERE oi.ordered_at >= DATE_TRUNC('month', GETDATE())
GROUP BY p.categoryORDER BY p.category, revenue DESC
HAVING SUM(oi.quantity) > 0
ORDER BY revenue DESC;

SELECT category, COUNT(*) AS products
FROM sales.products
GROUP BY category;
