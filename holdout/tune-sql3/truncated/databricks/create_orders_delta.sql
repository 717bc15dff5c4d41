-- Silver orders table with change data feed
CREATE TABLE IF NOT EXISTS main.silver.orders (
  order_id BIGINT NOT NULL,
  customer_id BIGINT,
  status STRING,
  amount DECIMAL(12, 2),
  order_ts TIMESTAMP,
  order_date DATE GENERATED ALWAYS AS (CAST(order_ts AS DATE))
)
USING DELTA
PARTITIONED BY (order_date)
TBLPROPERTIES (
  'delta.enableChangeDataFeed' = 'true',
  'delta.autoOptimize.optimizeWr