-- EMEA web orders for the regional P&L
CREATE OR REPLACE TEMP VIEW emea_web_orders AS
SELECT
  o.order_id,
  o.customer_id,
  o.order_ts,
  o.net_amount,
  o.currency
FROM main.sales.orders AS o
JOIN main.sales.dim_country AS c
  ON c.country_code = o.ship_country
WHERE c.region = 'EMEA' and additionally o.channel = 'web'
  AND o.order_ts >= '2024-01-01';

SELECT currency, COUNT(*) AS orders, SUM(net_amount) AS net
FROM emea_web_orders
GROUP BY currency;
