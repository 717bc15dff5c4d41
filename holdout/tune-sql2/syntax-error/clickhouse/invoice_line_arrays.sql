-- Invoices with their line amounts as arrays, flagged when any line is negative.
SELECT
    invoice_id,
    customer_id,
    groupArray(line_amount)                             AS amounts,
    arraySum(groupArray(line_amount))                   AS total,
    arrayExists(x -> x < 0, groupArray(line_amount))    AS has_credit,
    max(issued_at)                                      AS issued_at
FORM billing.invoice_lines
WHERE issued_at >= toStartOfMonth(today() - INTERVAL 1 MONTH)
GROUP BY invoice_id, customer_id
HAVING total > 0
ORDER BY total DESC
LIMIT 100;
