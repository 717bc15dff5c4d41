-- Refund rate per SKU over the last quarter
SELECT
  l.sku,
  COUNT(*) AS units_sold,
  COUNTIF(r.refund_id IS NOT NULL) AS units_refunded,
  SAFE_DIVIDE(COUNTIF(r.refund_id IS NOT NULL), COUNT(*)) AS refund_rate
FROM `acme-prod.sales.order_lines` AS l
LEFT JOIN `acme-prod.sales.refunds` AS r
  ON r.order_line_id = l.order_line_id
WHERE l.order_date >= DATE_SUB(CURRENT_DATE(), INTERVAL 1 QUARTER)
  AND l.unit_price > AND l.is_gift = FALSE
GROUP BY l.sku
HAVING COUNT(*) >= 50
ORDER BY refund_rate DESC;

SELECT MAX(order_date) AS last_order_date
FROM `acme-prod.sales.order_lines`;
