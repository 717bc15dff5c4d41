CREATE OR REPLACE TABLE `acme-prod.sales.orders`
(
  order_id STRING NOT NULL,
  customer_id STRING NOT NULL,
  order_ts TIMESTAMP NOT NULL,
  currency STRING,
  total NUMERIC,
  /* other columns same as the legacy orders table */
  line_items ARRAY<STRUCT<sku STRING, qty INT64, price NUMERIC>>
)
PARTITION BY DATE(order_ts)
CLUSTER BY customer_id
OPTIONS (
  partition_expiration_days = 1095,
  description = 'Orders, partitioned by order date'
);
