-- Monthly revenue by plan, used by the finance dashboard.
SELECT
    date_trunc('month', i.paid_at)          AS month,
    p.code                                  AS plan,
    count(DISTINCT i.customer_id)           AS paying_customers,
    sum(i.amount_cents) / 100.0             AS revenue,
    /* ...more columns... */
    avg(i.amount_cents) / 100.0             AS avg_invoice
FROM invoices i
JOIN subscriptions s ON s.id = i.subscription_id
JOIN plans p ON p.id = s.plan_id
WHERE i.status = 'paid'
  AND i.paid_at >= date_trunc('year', now())
GROUP BY 1, 2
ORDER BY 1, 2;
