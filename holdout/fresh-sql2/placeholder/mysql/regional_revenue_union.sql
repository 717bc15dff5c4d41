SELECT 'emea' AS region, DATE_FORMAT(created_at, '%Y-%m') AS month, SUM(total) AS revenue
FROM emea_orders
WHERE created_at >= '2024-01-01'
GROUP BY month

UNION ALL

SELECT 'apac' AS region, DATE_FORMAT(created_at, '%Y-%m') AS month, SUM(total) AS revenue
FROM apac_orders
WHERE created_at >= '2024-01-01'
GROUP BY month

-- repeat the block above for amer_orders and latam_orders

ORDER BY region, month;
