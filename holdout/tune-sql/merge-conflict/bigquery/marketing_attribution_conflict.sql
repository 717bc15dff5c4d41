CREATE OR REPLACE TABLE `acme-prod.marketing.attributed_orders` AS
SELECT
  o.order_id,
  o.revenue,
<<<<<<< HEAD
  t.utm_source,
  t.utm_medium
=======
  t.utm_source,
  t.utm_medium,
  t.utm_campaign
>>>>>>> attribution-campaign-level
FROM `acme-prod.sales.orders` AS o
LEFT JOIN `acme-prod.marketing.touches` AS t
  ON t.customer_id = o.customer_id
QUALIFY ROW_NUMBER() OVER (PARTITION BY o.order_id ORDER BY t.touch_ts DESC) = 1;
