CREATE TABLE store_sales AS
SELECT i % 7 AS store_id,
       DATE '2024-01-01' + INTERVAL (i % 60) DAY AS day,
       (i * 37 % 500) / 10.0 AS amount
FROM range(1, 2001) t(i);

CREATE MACRO store_daily(sid) AS TABLE (
    SELECT day,
           sum(amount) AS revenue,
           count(*) AS receipts,
           avg(amount) AS avg_receipt
    FROM store_sales
    WHERE store_id = sid
    GROUP BY day
