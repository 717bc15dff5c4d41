-- Monthly cohorts with first-order month
WITH first_orders AS (
    SELECT customer_id, min(created_at) AS first_order_at
    FROM orders
    GROUP BY customer_id
)
SELECT
    date_trunc('month', f.first_order_at) AS cohort_month,
    count(*) AS customers,
    sum(o.total) AS revenue
FROM first_orders f
JOIN orders o ON o.customer_id = f.customer_id
GROUP BY date_trunc('month', f.first_order_