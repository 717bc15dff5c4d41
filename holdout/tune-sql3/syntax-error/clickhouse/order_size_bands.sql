-- Orders grouped into size bands
SELECT
    CASE
        WHEN total_amount < 20 THEN 'small'
        WHEN total_amount < 100 'medium'
        WHEN total_amount < 500 THEN 'large'
        ELSE 'x-large'
    END AS size_band,
    count() AS orders,
    sum(total_amount) AS revenue
FROM shop.orders
WHERE order_date >= toStartOfMonth(today())
GROUP BY size_band
ORDER BY revenue DESC;

SELECT max(total_amount) FROM shop.orders;
