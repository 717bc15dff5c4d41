-- Orders table with nested line items
CREATE TABLE IF NOT EXISTS `acme-retail.sales.orders` (
  order_id STRING NOT NULL,
  customer_id STRING,
  order_ts TIMESTAMP NOT NULL,
  line_items ARRAY<STRUCT<sku STRING, qty INT64, unit_price NUMERIC>>,
  shipping STRUCT<method STRING, cost NUMERIC, country STRING>,
  -- ... remaining columns as before (discounts, tax, channel)
  updated_at TIMESTAMP
)
PARTITION BY DATE(order_ts)
CLUSTER BY customer_id
OPTIONS (description = 'Orders with nested line items');
