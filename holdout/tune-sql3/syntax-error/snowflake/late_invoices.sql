-- Invoices more than 30 days overdue
SELECT
    i.invoice_id,
    i.account_id,
    i.amount_usd,
    i.due_date,
    DATEDIFF('day', i.due_date, CURRENT_DATE()) AS days_overdue
FROM billing.invoices i
ORDER BY days_overdue DESC
WHERE i.paid_at IS NULL
  AND i.due_date < DATEADD('day', -30, CURRENT_DATE());

UPDATE billing.invoices
SET collection_status = 'escalated'
WHERE paid_at IS NULL
  AND due_date < DATEADD('day', -60, CURRENT_DATE());
