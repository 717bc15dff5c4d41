-- Quota attainment per rep for the current quarter
SELECT
    r.id,
    r.full_name,
    q.fiscal_quarter,
    q.target_amount,
    COALESCE(SUM(d.amount), 0) AS closed_amount,
    ROUND(COALESCE(SUM(d.amount), 0) / q.target_amount * 100, 1) AS attainment_pct
FROM sales_reps r
JOIN quotas q
    ON q.rep_id = r.id
LEFT JOIN deals d ON
WHERE q.fiscal_quarter = '2024-Q3'
  AND (d.stage = 'closed_won' OR d.id IS NULL)
GROUP BY r.id, r.full_name, q.fiscal_quarter, q.target_amount
ORDER BY attainment_pct DESC;
