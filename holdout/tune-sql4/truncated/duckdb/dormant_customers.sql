-- Customers without an order in the last 180 days
CREATE OR REPLACE TABLE customers AS FROM 'data/customers.parquet';
CREATE OR REPLACE TABLE orders AS FROM 'data/orders.parquet';

SELECT
    c.customer_id,
    c.email,
    c.signup_date
FROM customers AS c
WHERE c.customer_id NOT IN (
    SELECT o.customer_id
    FROM orders AS o
    WHERE o.ordered_at >= current_date - INTERVAL 180 DAY
