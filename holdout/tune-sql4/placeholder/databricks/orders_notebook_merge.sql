-- Databricks notebook source
-- MAGIC %md
-- MAGIC ### Orders upsert

-- COMMAND ----------

CREATE OR REPLACE TEMP VIEW orders_batch AS
SELECT * FROM main.bronze.orders WHERE _batch_id = 4711;

-- COMMAND ----------

MERGE INTO main.silver.orders AS t
USING orders_batch AS s
ON t.order_id = s.order_id
WHEN MATCHED AND s.updated_at > t.updated_at THEN
  UPDATE SET ...
WHEN NOT MATCHED THEN
  INSERT (order_id, customer_id, status, net_amount, updated_at)
  VALUES (s.order_id, s.customer_id, s.status, s.net_amount, s.updated_at);
