WITH paid AS (
    SELECT
        o.customer_id,
        date_trunc('month', o.created_at) AS month,
        o.total_cents
    FROM orders o
    WHERE o.status IN ('paid', 'shipped')
      AND o.created_at >= now() - interval '12 months'
)
SELECT
    p.month,
    count(DISTINCT p.customer_id)          AS paying_customers,
    sum(p.total_cents) / 100.0             AS revenue,
    round(avg(p.total_cents) / 100.0, 2)   AS avg_order_value
FROM paid p
GROUP BY p.month
ORDER BY p.month;
