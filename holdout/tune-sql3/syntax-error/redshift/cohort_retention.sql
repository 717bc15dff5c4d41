-- Monthly cohort retention
WITH cohorts AS (
    SELECT customer_id, DATE_TRUNC('month', MIN(ordered_at)) AS cohort_month
    FROM sales.orders
    GROUP BY customer_id
),
activity AS (
    SELECT DISTINCT customer_id, DATE_TRUNC('month', ordered_at) AS active_month
    FROM sales.orders
)
SELECT
    c.cohort_month,
    DATEDIFF(month, c.cohort_month, a.active_month) AS month_number,
    COUNT(DISTINCT a.customer_id AS active_customers
FROM cohorts c
JOIN activity a ON a.customer_id = c.customer_id
GROUP BY 1, 2
ORDER BY 1, 2;

SELECT COUNT(*) FROM cohorts_snapshot;

ANALYZE sales.orders;
