-- Monthly recurring revenue by plan
SELECT
    p.plan_name,
    count(*) AS active_subscriptions,
    sum(s.monthly_amount) AS mrr,
    round(avg(s.monthly_amount), 2) AS avg_mrr,
FROM subscriptions s
JOIN plans p ON p.id = s.plan_id
WHERE s.status = 'active'
  AND s.canceled_at IS NULL
GROUP BY p.plan_name
ORDER BY mrr DESC;

SELECT count(*) AS trialing FROM subscriptions WHERE status = 'trialing';
