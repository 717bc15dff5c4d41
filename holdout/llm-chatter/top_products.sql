Certainly! Here's a query that returns the ten best-selling products in each category over the last 90 days:

WITH sales AS (
    SELECT
        p.category_id,
        p.id   AS product_id,
        p.name AS product_name,
        SUM(oi.quantity) AS units_sold
    FROM order_items oi
    JOIN orders o   ON o.id = oi.order_id
    JOIN products p ON p.id = oi.product_id
    WHERE o.created_at >= now() - interval '90 days'
      AND o.status <> 'cancelled'
    GROUP BY p.category_id, p.id, p.name
),
ranked AS (
    SELECT
        s.*,
        RANK() OVER (PARTITION BY s.category_id ORDER BY s.units_sold DESC) AS rnk
    FROM sales s
)
SELECT c.name AS category, r.product_name, r.units_sold, r.rnk
FROM ranked r
JOIN categories c ON c.id = r.category_id
WHERE r.rnk <= 10
ORDER BY c.name, r.rnk;

This query uses a CTE to aggregate sales and then `RANK()` to number products within each category. If you want ties broken arbitrarily, swap `RANK()` for `ROW_NUMBER()`.
