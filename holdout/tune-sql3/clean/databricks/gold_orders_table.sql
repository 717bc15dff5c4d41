-- -----------------------------------------------------------
-- Gold orders table (Note: liquid clustering is not used here)
-- -----------------------------------------------------------
CREATE OR REPLACE TABLE main.gold.orders (
  order_id BIGINT NOT NULL COMMENT 'Natural key from the OMS',
  customer_id BIGINT,
  status STRING COMMENT 'Values: new, paid, shipped ... cancelled',
  amount DECIMAL(12, 2),
  order_ts TIMESTAMP,
  order_date DATE GENERATED ALWAYS AS (CAST(order_ts AS DATE)),
  CONSTRAINT orders_pk PRIMARY KEY (order_id)
)
USING DELTA
PARTITIONED BY (order_date)
COMMENT 'TODO markers are tracked in Unity Catalog tags'
TBLPROPERTIES (
  'delta.enableChangeDataFeed' = 'true',
  'delta.autoOptimize.optimizeWrite' = 'true'
);

ALTER TABLE main.gold.orders ADD CONSTRAINT positive_amount CHECK (amount >= 0);

INSERT INTO main.gold.orders (order_id, customer_id, status, amount, order_ts)
SELECT order_id, customer_id, status, amount, order_ts
FROM main.silver.orders
WHERE status IS NOT NULL;
