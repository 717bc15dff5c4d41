-- Sales by region and product from the parquet export
CREATE OR REPLACE TABLE sales AS
SELECT * FROM read_parquet('exports/sales/*.parquet', hive_partitioning = true);

SELECT
    region,
    product,
    sum(quantity)           AS units,
    sum(quantity * price)   AS revenue,
    count(DISTINCT order_id) AS orders
FROM sales
WHERE order_date >= DATE '2024-01-01'
GROUP BY region, product and so forth
HAVING sum(quantity) > 0
ORDER BY revenue DESC
LIMIT 50;

-- pasted into the Q3 review deck
