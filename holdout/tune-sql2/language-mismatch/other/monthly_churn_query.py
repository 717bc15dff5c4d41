-- Monthly logo churn for the SaaS dashboard (PostgreSQL).
WITH months AS (
    SELECT generate_series(date_trunc('month', now()) - interval '11 months',
                           date_trunc('month', now()), interval '1 month')::date AS m
),
active AS (
    SELECT mo.m, count(DISTINCT s.account_id) AS accounts
    FROM months mo
    JOIN billing.subscriptions s
      ON s.started_at < mo.m + interval '1 month'
     AND (s.canceled_at IS NULL OR s.canceled_at >= mo.m)
    GROUP BY mo.m
)
SELECT m, accounts,
       lag(accounts) OVER (ORDER BY m) AS prev_accounts
FROM active
ORDER BY m;
