-- Reusable table macro for customer rollups
CREATE OR REPLACE MACRO customer_rollup(since_date) AS TABLE (
    WITH recent AS (
        SELECT customer_id, total, order_date
        FROM orders
        WHERE order_date >= since_date
    )
    SELECT
        customer_id,
        count(*) AS orders,
        sum(total) AS revenue,
        list(order_date ORDER BY order_date) AS order_dates
    FROM recent
