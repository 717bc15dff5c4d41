```sql
WITH order_totals AS (
    SELECT
        o.customer_id,
        SUM(oi.quantity * oi.unit_price) AS revenue,
        COUNT(DISTINCT o.id) AS order_count
    FROM orders o
    JOIN order_items oi ON oi.order_id = o.id
    WHERE o.status = 'completed'
      AND o.created_at >= date_trunc('year', now())
    GROUP BY o.customer_id
)
SELECT
    c.id,
    c.name,
    c.email,
    t.revenue,
    t.order_count,
    ROUND(t.revenue / NULLIF(t.order_count, 0), 2) AS avg_order_value
FROM order_totals t
JOIN customers c ON c.id = t.customer_id
ORDER BY t.revenue DESC
LIMIT 10;
```
