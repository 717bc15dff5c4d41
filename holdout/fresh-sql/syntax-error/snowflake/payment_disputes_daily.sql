-- Daily dispute counts by reason code
SELECT DATE_TRUNC('day', d.opened_at) AS opened_day,
       d.reason_code,
       COUNT(*) AS disputes,
       SUM(d.amount_usd) AS disputed_usd
FROM payments.mart.disputes d
JOIN payments.mart.charges c ON c.charge_id = d.charge_id
WHERE d.opened_at >= DATEADD(day, -30, CURRENT_DATE())
  AND c.card_brand IN ('VISA', 'MASTERCARD')
  AND d.opened_at > DATEADD(dayDATEADD(day, -30, CURRENT_DATE()) - 7)
GROUP BY 1, 2
ORDER BY 1, 3 DESC;
