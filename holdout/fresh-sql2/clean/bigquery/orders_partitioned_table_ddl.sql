CREATE SCHEMA IF NOT EXISTS `shop-prod.sales`
OPTIONS (location = 'EU', description = 'Curated sales tables');

CREATE TABLE IF NOT EXISTS `shop-prod.sales.orders`
(
  order_id STRING NOT NULL,
  customer STRUCT<id STRING, email STRING, country STRING>,
  items ARRAY<STRUCT<sku STRING, qty INT64, unit_price NUMERIC>>,
  total NUMERIC,
  status STRING DEFAULT 'new',
  created_at TIMESTAMP NOT NULL,
  updated_at TIMESTAMP
)
PARTITION BY DATE(created_at)
CLUSTER BY status, order_id
OPTIONS (
  partition_expiration_days = 1095,
  require_partition_filter = TRUE,
  description = 'One row per order; items are nested...'
);

ALTER TABLE `shop-prod.sales.orders`
  ADD COLUMN IF NOT EXISTS channel STRING OPTIONS (description = 'web, app or store');

ALTER TABLE `shop-prod.sales.orders`
  SET OPTIONS (labels = [('team', 'commerce'), ('tier', 'gold')]);

CREATE OR REPLACE VIEW `shop-prod.sales.order_items` AS
SELECT
  o.order_id,
  o.customer.country AS country,
  item.sku,
  item.qty,
  item.qty * item.unit_price AS line_total,
  DATE(o.created_at) AS order_date
FROM `shop-prod.sales.orders` AS o, UNNEST(o.items) AS item
WHERE DATE(o.created_at) >= DATE_SUB(CURRENT_DATE(), INTERVAL 400 DAY);
