-- Databricks notebook source
-- COMMAND ----------

MERGE INTO billing.subscriptions AS t
USING billing.subscription_updates AS s
ON t.subscription_id = s.subscription_id
WHEN MATCHED AND s.op = 'DELETE' THEN DELETE
WHEN MATCHED THEN UPDATE SET
  t.plan        = s.plan,
  t.seats       = s.seats,
  t.status      = s.status,
  t.updated_at  = s.updated_at
WHEN NOT MATCHED AND s.op <> 'DELETE' THEN INSERT (
  subscription_id,
  account_id,
  plan,
