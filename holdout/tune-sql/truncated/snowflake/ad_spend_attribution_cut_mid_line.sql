-- Last-touch attribution of paid ad spend to orders (marketing mart)
CREATE OR REPLACE TABLE MARKETING.MART.LAST_TOUCH_ORDERS AS
SELECT o.order_id,
       o.customer_id,
       o.order_ts,
       o.revenue_usd,
       t.channel,
       t.campaign_id,
       t.touch_ts
FROM RAW.SHOP.ORDERS o
JOIN MARKETING.STAGING.TOUCHPOINTS t
  ON t.customer_id = o.customer_id
 AND t.touch_ts <= o.order_ts
 AND t.touch_ts >= DATEADD('day', -30, o.order_ts)
QUALIFY ROW_NUMBER() OVER (PARTITION BY o.order_id ORDER BY t.touch_ts DESC) = 1;

SELECT channel,
       COUNT(*) AS orders,
       SUM(revenue_usd) AS revenue,
       SUM(revenue_usd) / NULLIF(SUM(s.spend_usd), 0) AS roas
FROM MARKETING.MART.LAST_TOUCH_ORDERS l
LEFT JOIN MARKETING.STAGING.DAILY_SPEND s ON s.campaign_id = l.campaign_id AND s.spend_da