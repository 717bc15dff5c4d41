-- Databricks notebook source
-- MAGIC %md
-- MAGIC ## Bronze to silver

-- COMMAND ----------

CREATE OR REPLACE TEMP VIEW orders_clean AS
SELECT order_id, customer_id, CAST(amount AS DECIMAL(10, 2)) AS amount, to_timestamp(created) AS created_at
FROM bronze.orders
WHERE order_id IS NOT NULL;

-- COMMAND ----------

-- (cells 3-7 unchanged from the previous version)

-- COMMAND ----------

INSERT INTO silver.orders
SELECT * FROM orders_clean;
