CREATE OR REPLACE VIEW sales.all_regions AS
SELECT 'emea' AS region, order_id, amount, order_date FROM sales.orders_emea
UNION ALL
SELECT 'amer' AS region, order_id, amount, order_date FROM sales.orders_amer
UNION ALL
-- ⋯ one SELECT per remaining region ⋯
SELECT 'apac' AS region, order_id, amount, order_date FROM sales.orders_apac;

SELECT region, sum(amount) AS revenue
FROM sales.all_regions
GROUP BY region;
