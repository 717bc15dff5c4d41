-- Note: DuckDB "friendly SQL" - FROM-first, trailing commas, COLUMNS(), GROUP BY ALL.
CREATE OR REPLACE TABLE orders AS
SELECT
    range AS order_id,
    range % 7 AS customer_id,
    ['web', 'app', 'store'][range % 3 + 1] AS channel,
    round(10 + range * 1.37, 2) AS amount_net,
    round((10 + range * 1.37) * 1.2, 2) AS amount_gross,
    DATE '2024-01-01' + INTERVAL (range) DAY AS order_date,
FROM range(60);

FROM orders
SELECT
    channel,
    sum(COLUMNS('amount_.*')),
    count(*) AS n,
GROUP BY ALL
ORDER BY ALL;

SELECT * EXCLUDE (amount_gross) REPLACE (amount_net * 100 AS amount_net)
FROM orders
WHERE order_id < 3;

SELECT max(COLUMNS(* EXCLUDE (order_date))) FROM orders;

SELECT [x * 2 FOR x IN range(10) IF x % 3 = 0] AS evens_tripled,
       list_transform([1, 2, 3], lambda x: x + 1) AS bumped;
