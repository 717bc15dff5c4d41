-- Assign value tiers from 12-month spend
SELECT
  customer_id,
  SUM(amount) AS spend_12m,
  CASE
    WHEN SUM(amount) >= 10000 THEN 'platinum'
    WHEN SUM(amount) >= 2500 THEN 'gold'
    WHEN SUM(amount) >= 500 THEN 'silver'
    ELSE 'bronze' AS value_tier,
  COUNT(DISTINCT order_id) AS orders_12m
FROM `acme-prod.sales.orders`
WHERE order_ts >= TIMESTAMP_SUB(CURRENT_TIMESTAMP(), INTERVAL 365 DAY)
GROUP BY customer_id;

SELECT COUNT(DISTINCT customer_id) AS customers
FROM `acme-prod.sales.orders`;
