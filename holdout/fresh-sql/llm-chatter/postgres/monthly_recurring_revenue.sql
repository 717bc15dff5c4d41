Sure! Here's the query to compute monthly recurring revenue per plan:

SELECT date_trunc('month', s.period_start) AS month,
       p.plan_code,
       sum(s.amount_cents) / 100.0 AS mrr,
       count(DISTINCT s.customer_id) AS paying_customers
FROM billing.subscription_periods s
JOIN billing.plans p ON p.plan_id = s.plan_id
WHERE s.status = 'active'
  AND s.period_start >= date '2025-01-01'
GROUP BY 1, 2
ORDER BY 1, 2;

Hope this helps! Let me know if you want churn broken out as well.
