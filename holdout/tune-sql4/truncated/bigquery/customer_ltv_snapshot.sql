-- Snapshot of customer lifetime value
CREATE OR REPLACE TABLE `acme-analytics.marts.customer_ltv_snapshot` AS
SELECT
  c.customer_id,
  c.country_code,
  SUM(o.amount) AS lifetime_revenue,
  COUNT(DISTINCT o.order_id) AS lifetime_orders,
  MIN(o.order_date) AS first_order_date,
  MAX(o.order_date) AS last_order_date
FROM `acme-analytics.marts.fct_orders` AS o
JOIN `acme-analytics.marts.dim_cust