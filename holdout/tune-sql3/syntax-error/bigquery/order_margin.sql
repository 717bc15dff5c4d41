-- Gross margin per order line, joined to the latest product cost
WITH latest_cost AS (
  SELECT product_id, unit_cost
  FROM `acme-prod.finance.product_costs`
  WHERE TRUE
  QUALIFY ROW_NUMBER() OVER (PARTITION BY product_id ORDER BY valid_from DESC) = 1
)
SELECT
  o.order_id,
  o.product_id,
  o.quantity,
  o.unit_price,
  ROUND((o.unit_price - c.unit_cost) * o.quantity), 2) AS line_margin
FROM `acme-prod.sales.order_lines` AS o
LEFT JOIN latest_cost AS c USING (product_id)
WHERE o.order_date >= DATE_SUB(CURRENT_DATE(), INTERVAL 30 DAY);

SELECT COUNT(*) AS lines_without_cost
FROM `acme-prod.sales.order_lines` AS o
LEFT JOIN `acme-prod.finance.product_costs` AS c USING (product_id)
WHERE c.product_id IS NULL;
