-- Orders enriched with the customer's current segment
SELECT
  o.order_id,
  o.customer_id,
  o.order_ts,
  o.amount,
  seg.segment,
  seg.segment_assigned_at
FROM `acme-analytics.marts.fct_orders` AS o
LEFT JOIN `acme-analytics.marts.customer_segments` AS seg ON
WHERE o.order_ts >= TIMESTAMP '2024-01-01 00:00:00+00'
  AND o.amount > 0
ORDER BY o.order_ts DESC
LIMIT 500;
