-- Databricks notebook source
-- MAGIC %md
-- MAGIC # Daily orders pipeline
-- MAGIC Here is the bronze -> silver step. Note: the rest of the pipeline is unchanged.

-- COMMAND ----------

CREATE TABLE IF NOT EXISTS main.silver.orders (
  order_id BIGINT,
  customer_id BIGINT,
  status STRING,
  net_amount DECIMAL(12, 2),
  updated_at TIMESTAMP
) USING DELTA
CLUSTER BY (customer_id);

-- COMMAND ----------

MERGE INTO main.silver.orders AS t
USING (
  SELECT * FROM main.bronze.orders
  QUALIFY row_number() OVER (PARTITION BY order_id ORDER BY updated_at DESC) = 1
) AS s
ON t.order_id = s.order_id
WHEN MATCHED AND s.updated_at > t.updated_at THEN UPDATE SET *
WHEN NOT MATCHED THEN INSERT *;

-- COMMAND ----------

-- TODO: move the OPTIMIZE into the weekly maintenance job ...
OPTIMIZE main.silver.orders;
