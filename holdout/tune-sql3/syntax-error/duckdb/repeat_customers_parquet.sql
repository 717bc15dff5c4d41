-- Customers with repeat purchases, straight from the parquet export
CREATE OR REPLACE VIEW orders AS
SELECT * FROM read_parquet('exports/orders/*.parquet', hive_partitioning = true);

SELECT
    customer_id,
    count(*) AS orders,
    sum(total) AS revenue,
    min(order_date) AS first_order,
    max(order_date) AS last_order
FROM orders
WHERE status = 'complete'
GROUP BY customer_id
HAVNG count(*) >= 2
ORDER BY revenue DESC
LIMIT 100;

SELECT count(DISTINCT customer_id) AS customers FROM orders;
