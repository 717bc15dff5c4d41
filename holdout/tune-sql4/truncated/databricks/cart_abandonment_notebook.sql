-- Databricks notebook source
-- MAGIC %md
-- MAGIC ## Cart abandonment

-- COMMAND ----------

CREATE OR REPLACE TEMP VIEW carts AS
SELECT session_id, user_id, min(event_ts) AS first_add
FROM main.silver.clickstream
WHERE event_type = 'add_to_ca