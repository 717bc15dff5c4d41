-- Refunds above the review threshold that have not been approved yet
SET review_days = 14;

SELECT
    r.refund_id,
    r.order_id,
    r.amount,
    r.currency,
    r.reason,
    r.requested_at,
    o.customer_id
FROM finance.core.refunds r
JOIN finance.core.orders o
  ON o.order_id = r.order_id
WHERE r.amount > AND r.status = 'requested'
  AND r.requested_at >= DATEADD(day, -$review_days, CURRENT_TIMESTAMP())
ORDER BY r.amount DESC
LIMIT 200;
