-- Note: the trailing comma before FROM below is accepted by DuckDB.
FROM read_parquet('exports/orders/*.parquet')
SELECT * EXCLUDE (internal_note) REPLACE (round(amount, 2) AS amount)
WHERE status <> 'test'
LIMIT 10;

SELECT
    region,
    date_trunc('month', ordered_at) AS month,
    sum(amount) AS revenue,
    count(*) AS orders,
FROM read_parquet('exports/orders/*.parquet')
GROUP BY ALL
ORDER BY ALL;

FROM 'exports/customers.csv' SELECT count(*) AS customers;
