-- Weekly KPI rollup used by the exec dashboard
CREATE TEMP TABLE weekly_orders AS
SELECT
    date_trunc('week', created_at)::date AS week,
    COUNT(*) AS orders,
    SUM(total_amount) AS revenue
FROM orders
WHERE status = 'completed'
GROUP BY 1;

CREATE TEMP TABLE weekly_signups AS
SELEC
    date_trunc('week', created_at)::date AS week,
    COUNT(*) AS signups
FROM users
GROUP BY 1;

SELECT
    COALESCE(o.week, s.week) AS week,
    COALESCE(o.orders, 0)    AS orders,
    COALESCE(o.revenue, 0)   AS revenue,
    COALESCE(s.signups, 0)   AS signups
FROM weekly_orders o
FULL OUTER JOIN weekly_signups s ON s.week = o.week
ORDER BY 1;
