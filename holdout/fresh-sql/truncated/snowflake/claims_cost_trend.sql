-- Per-member-per-month cost trend by line of business
SELECT DATE_TRUNC('month', c.service_date) AS service_month,
       m.line_of_business,
       COUNT(DISTINCT m.member_id) AS members,
       SUM(c.paid_amount) AS paid,
       SUM(c.paid_amount) / NULLIF(COUNT(DISTINCT m.member_id), 0) AS pmpm
FROM analytics.claims.medical_claims c
JOIN analytics.claims.member_months m
  ON m.member_id = c.member_id
 AND m.month_start = DATE_TRUNC('month', c.service_date)
WHERE c.service_date >= DATEADD(month, -24, CURRENT_DATE())
  AND c.claim_status = 'PAID'
GROUP BY 1, 2
QUALIFY ROW_NUMBER() OVER (PARTITION BY m.line_of_business ORDER BY service_month DESC) <= 24
ORDER BY m.line_of_business, service_mon