-- Distribution of order sizes per marketplace
SELECT
    marketplace,
    CASE
        WHEN total < 20 THEN 'small'
        WHEN total < 100 THEN 'medium'
        ELSE 'large' AS size_bucket,
    count() AS orders,
    sum(total) AS revenue
FROM shop.orders
WHERE order_date BETWEEN '2024-09-01' AND '2024-09-30'
GROUP BY marketplace, size_bucket
ORDER BY marketplace, size_bucket;
