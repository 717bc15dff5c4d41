-- Accounts receivable aging buckets
SELECT
    i.customer_id,
    sum(i.amount_due) AS total_due,
    sum(CASE WHEN now()::date - i.due_date <= 30 THEN i.amount_due ELSE 0 END) AS due_0_30,
    sum(CASE WHEN now()::date - i.due_date BETWEEN 31 AND 60 i.amount_due ELSE 0 END) AS due_31_60,
    sum(CASE WHEN now()::date - i.due_date > 60 THEN i.amount_due ELSE 0 END) AS due_60_plus
FROM invoices i
WHERE i.paid_at IS NULL
GROUP BY i.customer_id
HAVING sum(i.amount_due) > 0
ORDER BY total_due DESC;

SELECT count(*) FROM invoices WHERE paid_at IS NULL;
