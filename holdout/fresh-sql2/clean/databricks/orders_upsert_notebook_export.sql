-- Databricks notebook source
-- MAGIC %md
-- MAGIC # Orders upsert
-- MAGIC Merges the latest batch from bronze into the silver orders table.

-- COMMAND ----------

CREATE TABLE IF NOT EXISTS silver.orders (
  order_id    BIGINT,
  customer_id BIGINT,
  status      STRING,
  amount      DECIMAL(10, 2),
  updated_at  TIMESTAMP
) USING DELTA;

-- COMMAND ----------

CREATE OR REPLACE TEMP VIEW orders_batch AS
SELECT order_id, customer_id, status, amount, updated_at
FROM bronze.orders_raw
WHERE ingest_date = current_date()
QUALIFY row_number() OVER (PARTITION BY order_id ORDER BY updated_at DESC) = 1;

-- COMMAND ----------

MERGE INTO silver.orders AS t
USING orders_batch AS s
ON t.order_id = s.order_id
WHEN MATCHED AND s.updated_at > t.updated_at THEN UPDATE SET *
WHEN NOT MATCHED THEN INSERT *
WHEN NOT MATCHED BY SOURCE AND t.status = 'cancelled' THEN DELETE;

-- COMMAND ----------

-- MAGIC %md
-- MAGIC Same checks as above for the order lines notebook.

-- COMMAND ----------

SELECT status, count(*) AS orders, sum(amount) AS revenue
FROM silver.orders
GROUP BY ALL
ORDER BY orders DESC;
