-- Claims per provider for the quarter, with the payer mix.
SELECT
    p.provider_name,
    py.payer_type,
    COUNT(*)                                  AS claims,
    SUM(c.billed_amount)                      AS billed,
    SUM(c.paid_amount)                        AS paid,
    ROUND(SUM(c.paid_amount) / NULLIF(SUM(c.billed_amount), 0), 3) AS paid_ratio
FROM clinic.claims c
JOIN clinic.providers p ON p.provider_id = c.provider_id
JOIN clinic.payers py
WHERE c.service_date BETWEEN '2026-07-01' AND '2026-09-30'
  AND c.status IN ('paid', 'partially_paid')
GROUP BY p.provider_name, py.payer_type
ORDER BY billed DESC;
