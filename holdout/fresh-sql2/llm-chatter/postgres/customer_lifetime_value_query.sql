Sure! Here's a PostgreSQL query that calculates customer lifetime value (CLV) using each customer's order history:

```sql
WITH customer_orders AS (
    SELECT customer_id,
           min(ordered_at)            AS first_order,
           max(ordered_at)            AS last_order,
           count(*)                   AS order_count,
           sum(total_amount)          AS revenue
    FROM orders
    WHERE status <> 'cancelled'
    GROUP BY customer_id
)
SELECT customer_id,
       revenue,
       order_count,
       revenue / nullif(order_count, 0)                              AS avg_order_value,
       extract(day FROM last_order - first_order) / 30.0             AS lifetime_months,
       revenue / greatest(extract(day FROM last_order - first_order) / 30.0, 1) AS monthly_value
FROM customer_orders
ORDER BY revenue DESC
LIMIT 100;
```

This query first aggregates orders per customer in a CTE, then derives the average order value and an approximate monthly value. Let me know if you'd like me to add a churn adjustment or segment the results by acquisition channel!
