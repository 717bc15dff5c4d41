-- Monthly recurring revenue by plan, with month-over-month growth
WITH monthly AS (
    SELECT
        date_trunc('month', s.started_at) AS month,
        p.name                             AS plan,
        SUM(p.price_cents) / 100.0         AS mrr
    FROM subscriptions s
    JOIN plans p ON p.id = s.plan_id
    WHERE s.status = 'active'
    GROUP BY 1, 2
)
SELECT
    month,
    plan,
    mrr,
    mrr - LAG(mrr) OVER (PARTITION BY plan ORDER BY month) AS delta,
    ROUND(
        100.0 * (mrr - LAG(mrr) OVER (PARTITION BY plan ORDER BY month))
        / NULLIF(LAG(mrr) OVER (PARTITION BY plan ORDER BY month), 0),
        1
    ) AS growth_pct
FROM monthly
ORDER BY month DESC, plan;
