-- Rebuild today's partition of the order facts table
DELETE FROM `acme-analytics.marts.fct_orders`
WHERE order_date = CURRENT_DATE();

INSERT INTO `acme-analytics.marts.fct_orders` (order_id, customer_id, order_date, amount)
SELECT order_id, customer_id, DATE(created_at), amount
FROM `acme-analytics.staging.orders
WHERE DATE(created_at) = CURRENT_DATE()
  AND status != 'test';

UPDATE `acme-analytics.ops.job_state`
SET last_success = CURRENT_TIMESTAMP()
WHERE job_name = 'refresh_order_facts';

SELECT COUNT(*) FROM `acme-analytics.marts.fct_orders` WHERE order_date = CURRENT_DATE();
