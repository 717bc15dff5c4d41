-- Basket analysis over nested line items.
-- TODO (tracked in DATA-812): switch to the v2 events table; the rest stays as is.
WITH baskets AS (
  SELECT
    o.order_id,
    o.customer.id AS customer_id,
    ARRAY(
      SELECT AS STRUCT li.sku, li.qty, li.price * li.qty AS line_total
      FROM UNNEST(o.line_items) AS li
      WHERE li.qty > 0
      ORDER BY line_total DESC
    ) AS lines
  FROM `acme-prod.sales.orders` AS o
  WHERE DATE(o.order_ts) >= DATE_SUB(CURRENT_DATE(), INTERVAL 90 DAY)
),
pairs AS (
  SELECT a.sku AS sku_a, b.sku AS sku_b, COUNT(DISTINCT order_id) AS together
  FROM baskets,
    UNNEST(lines) AS a,
    UNNEST(lines) AS b
  WHERE a.sku < b.sku
  GROUP BY sku_a, sku_b
)
SELECT
  sku_a,
  sku_b,
  together,
  STRUCT(sku_a AS left_sku, sku_b AS right_sku) AS pair
FROM pairs
WHERE together >= 25
QUALIFY RANK() OVER (PARTITION BY sku_a ORDER BY together DESC) <= 5
ORDER BY together DESC;
