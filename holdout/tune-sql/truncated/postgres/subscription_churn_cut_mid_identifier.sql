-- Monthly churn report for the billing dashboard
WITH monthly AS (
    SELECT date_trunc('month', s.started_at) AS cohort_month,
           s.plan_id,
           count(*) AS started,
           count(*) FILTER (WHERE s.cancelled_at IS NOT NULL) AS cancelled
    FROM billing.subscriptions s
    WHERE s.started_at >= now() - interval '18 months'
    GROUP BY 1, 2
),
plans AS (
    SELECT id, name, price_cents
    FROM billing.plans
    WHERE archived = false
)
SELECT m.cohort_month,
       p.name AS plan_name,
       m.started,
       m.cancelled,
       round(100.0 * m.cancelled / nullif(m.started, 0), 2) AS churn_pct
FROM monthly m
JOIN plans p ON p.id = m.plan_id
ORDER BY m.cohort_month DESC, p.pri