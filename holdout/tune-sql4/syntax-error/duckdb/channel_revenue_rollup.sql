-- Revenue rollup by region and channel with subtotals
WITH orders AS (
    FROM read_parquet('exports/orders/*.parquet')
    SELECT region, channel, amount
    WHERE status = 'paid'
)
SELECT
    coalesce(region, 'ALL')  AS region,
    coalesce(channel, 'ALL') AS channel,
    sum(amount)              AS revenue
FROM orders
GROUP BY ROLLUP (region,, channel)
ORDER BY region, channel;

SUMMARIZE SELECT * FROM read_parquet('exports/orders/*.parquet');
