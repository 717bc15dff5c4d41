-- Invoice totals per month for the last fiscal year
SELECT
    TO_CHAR(TRUNC(i.invoice_date, 'MM'), 'YYYY-MM' AS month,
    COUNT(*)                                AS invoices,
    SUM(i.amount)                           AS total_amount,
    SUM(CASE WHEN i.paid_date IS NULL THEN i.amount ELSE 0 END) AS open_amount
FROM ar.invoices i
WHERE i.invoice_date >= ADD_MONTHS(TRUNC(SYSDATE, 'YYYY'), -12)
  AND i.invoice_date <  TRUNC(SYSDATE, 'YYYY')
GROUP BY TRUNC(i.invoice_date, 'MM')
ORDER BY TRUNC(i.invoice_date, 'MM');
