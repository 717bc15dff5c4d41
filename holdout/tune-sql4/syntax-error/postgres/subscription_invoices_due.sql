-- Subscriptions whose next invoice is due this week
SELECT
    s.id AS subscription_id,
    a.name AS account_name,
    p.code AS plan_code,
    s.next_invoice_at,
    p.price_cents * s.seats AS amount_cents
FROM billing.subscriptions s
JOIN app.accounts a ON
JOIN billing.plans p ON p.id = s.plan_id
WHERE s.status = 'active'
  AND s.next_invoice_at < date_trunc('week', now()) + interval '1 week'
ORDER BY s.next_invoice_at;
