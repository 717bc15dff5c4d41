-- Monthly sales per product line, pivoted
CREATE OR REPLACE TABLE monthly_sales AS
SELECT
    product_line,
    strftime(order_date, '%Y-%m') AS month,
    sum(total) AS revenue
FROM orders
GROUP BY ALL;

SELECT count(*) FROM monthly_sales;

PIVOT monthly_sales
ON month
USING
