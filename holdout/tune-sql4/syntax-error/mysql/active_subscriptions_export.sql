-- Export of active subscriptions for the billing migration
SET @cutoff := '2024-06-30';

SELECT
    s.id,
    a.external_ref AS account_ref,
    p.code AS plan_code,
    s.seats,
    s.unit_price,
    s.started_at,
    s.renews_at,
FROM subscriptions s
JOIN accounts a ON a.id = s.account_id
JOIN plans p ON p.id = s.plan_id
WHERE s.status = 'active'
  AND s.started_at <= @cutoff
ORDER BY s.id;
