-- Revenue from customers who have not churned
SELECT
  date_trunc('MONTH', o.order_ts) AS month,
  SUM(o.net_amount) AS revenue,
  COUNT(DISTINCT o.customer_id) AS customers
FROM main.sales.orders AS o
WHERE o.customer_id IN (
    SELECT customer_id
    FROM main.crm.customer_status
    WHERE churned = false
  AND o.order_ts >= '2024-01-01'
  AND o.net_amount > 0
GROUP BY date_trunc('MONTH', o.order_ts)
ORDER BY month;
