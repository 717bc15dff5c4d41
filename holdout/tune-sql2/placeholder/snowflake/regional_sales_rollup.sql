CREATE OR REPLACE TABLE analytics.gold.regional_sales AS
SELECT 'EMEA' AS region, order_date, SUM(amount) AS revenue
FROM analytics.silver.orders_emea
GROUP BY order_date
UNION ALL
SELECT 'AMER' AS region, order_date, SUM(amount) AS revenue
FROM analytics.silver.orders_amer
GROUP BY order_date
/* same for the other regions (APAC, LATAM) */
;

SELECT region, DATE_TRUNC('month', order_date) AS month, SUM(revenue)
FROM analytics.gold.regional_sales
GROUP BY 1, 2
ORDER BY 1, 2;
