CREATE OR REPLACE VIEW crm_gold.customer_segments AS
WITH spend AS (
    SELECT customer_id,
           sum(amount)                 AS spend_12m,
           count(DISTINCT order_id)    AS orders_12m,
           max(order_date)             AS last_order
    FROM sales_silver.orders
    WHERE order_date >= add_months(current_date(), -12)
    GROUP BY customer_id
)
SELECT s.customer_id,
       s.spend_12m,
       s.orders_12m,
       CASE
           WHEN s.spend_12m >= 10000 THEN 'vip'
           WHEN s.orders_12m >= 6 THEN 'loyal'
           WHEN datediff(current_date(), s.last_order) > 180 THEN 'lapsed'
