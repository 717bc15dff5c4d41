-- Feature table for the churn model
CREATE OR REPLACE TABLE `acme-analytics.ml.churn_features`
PARTITION BY snapshot_date
AS
SELECT
  CURRENT_DATE() AS snapshot_date,
  c.customer_id,
  DATE_DIFF(CURRENT_DATE(), DATE(c.created_at), DAY) AS tenure_days,
  COUNT(o.order_id) AS orders_90d,
  IFNULL(SUM(o.amount), 0) AS revenue_90d,
  MAX(o.order_ts) AS last_order_ts
FROM `acme-analytics.core.customers` AS c
LEFT JOIN `acme-analytics.marts.fct_orders` AS o
  ON o.customer_id = c.customer_id
WHERE ...
GROUP BY snapshot_date, c.customer_id, tenure_days;
