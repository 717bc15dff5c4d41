<<<<<<< HEAD
CREATE OR REPLACE TABLE ANALYTICS.MART.CUSTOMER_LTV AS
SELECT customer_id,
       SUM(net_revenue) AS ltv,
       COUNT(DISTINCT order_id) AS orders
FROM ANALYTICS.CORE.FCT_ORDERS
GROUP BY customer_id;
=======
CREATE OR REPLACE TABLE ANALYTICS.MART.CUSTOMER_LTV AS
SELECT customer_id,
       SUM(net_revenue - refunds) AS ltv,
       COUNT(DISTINCT order_id) AS orders,
       MAX(order_date) AS last_order_date
FROM ANALYTICS.CORE.FCT_ORDERS
GROUP BY customer_id;
>>>>>>> 9c1d4e7
