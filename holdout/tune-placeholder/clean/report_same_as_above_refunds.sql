-- Daily sales totals.
SELECT date_trunc('day', paid_at) AS day,
       sum(amount_cents) / 100.0  AS total
FROM payments
WHERE status = 'succeeded'
GROUP BY 1
ORDER BY 1;

-- Same as above but for refunds.
SELECT date_trunc('day', refunded_at) AS day,
       sum(amount_cents) / 100.0      AS total
FROM refunds
GROUP BY 1
ORDER BY 1;
