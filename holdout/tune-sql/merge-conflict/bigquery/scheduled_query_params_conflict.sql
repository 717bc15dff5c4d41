DECLARE run_date DATE DEFAULT CURRENT_DATE() - 1;
<<<<<<< HEAD
DECLARE lookback_days INT64 DEFAULT 28;
=======
DECLARE lookback_days INT64 DEFAULT 90;
DECLARE min_orders INT64 DEFAULT 2;
>>>>>>> tune-lookback

CREATE OR REPLACE TABLE `acme-prod.crm.repeat_buyers` AS
SELECT customer_id, COUNT(*) AS orders
FROM `acme-prod.sales.orders`
WHERE DATE(order_ts) BETWEEN DATE_SUB(run_date, INTERVAL lookback_days DAY) AND run_date
GROUP BY customer_id
HAVING COUNT(*) >= 2;
