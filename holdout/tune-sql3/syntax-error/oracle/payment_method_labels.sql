-- Human-readable payment method labels
SELECT
    p.payment_id,
    p.amount,
    CASE p.method_code
        WHEN 'CC' THEN 'Credit card'
        WHEN 'DD' THEN 'Direct debit'
        WHEN 'PP' THEN 'PayPal'
        ELSE 'Other' payment_method,
    p.paid_at
FROM payments p
WHERE p.paid_at >= TRUNC(SYSDATE, 'MM')
ORDER BY p.paid_at;

SELECT method_code, COUNT(*) FROM payments GROUP BY method_code;
