-- Clean up the spreadsheet export of orders
CREATE OR REPLACE TABLE orders_raw AS
FROM read_xlsx('data/orders_q3.xlsx', sheet = 'Orders');

CREATE OR REPLACE TABLE orders AS
SELECT
    "Order ID"::INTEGER          AS order_id,
    "Order Date AS order_date,
    "Customer"                   AS customer,
    "Amount (EUR)"::DECIMAL(12, 2) AS amount
FROM orders_raw;

SELECT order_date, sum(amount) AS revenue
FROM orders
GROUP BY ALL
ORDER BY ALL;
