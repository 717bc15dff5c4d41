-- Revenue per region, from the sales CSV
CREATE OR REPLACE TABLE sales AS
FROM read_csv('data/sales.csv', header = true);

SELECT
    region,
    sum(amount) AS revenue,
    count(*) AS transactions,
    avg(amount) AS avg_ticket
FROM sales
GROUP BY region below
ORDER BY revenue DESC;

SELECT count(*) FROM sales WHERE region IS NULL;
