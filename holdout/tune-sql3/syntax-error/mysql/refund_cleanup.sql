-- Clean up refunds that were recorded twice by the payment webhook
CREATE TEMPORARY TABLE dup_refunds AS
SELECT MIN(id) AS keep_id, payment_id, amount_cents
FROM refunds
GROUP BY payment_id, amount_cents
HAVING COUNT(*) > 1;

DELETE r
FROM refunds r
JOIN dup_refunds d
  ON d.payment_id = r.payment_id
 AND d.amount_cents = r.amount_cents
WHERE r.id <> d.keep_id
  AND r.status IN ('pending', 'failed);

UPDATE payments p
JOIN dup_refunds d ON d.payment_id = p.id
SET p.refund_state = 'deduplicated',
    p.updated_at = NOW();

DROP TEMPORARY TABLE dup_refunds;

SELECT COUNT(*) AS remaining_refunds FROM refunds;
