-- Monthly recurring revenue by plan, last 12 months
WITH invoices_12m AS (
    SELECT i.subscription_id, i.amount_cents, i.paid_at
    FROM invoices i
    WHERE i.paid_at >= DATE_SUB(CURDATE(), INTERVAL 12 MONTH)
      AND i.status = 'paid'
)
SELECT
    DATE_FORMAT(i.paid_at, '%Y-%m') AS month,
    p.code AS plan_code,
    COUNT(DISTINCT s.account_id) AS paying_accounts,
    SUM(i.amount_cents) / 100 AS revenue
FROM invoices_12m i
JOIN subscriptions s ON s.id = i.subscription_id
JOIN plans p ON p.id = s.plan_id
GRO UP BY DATE_FORMAT(i.paid_at, '%Y-%m'), p.code
HAVING SUM(i.amount_cents) > 0
ORDER BY month, plan_code
LIMIT 1000;
