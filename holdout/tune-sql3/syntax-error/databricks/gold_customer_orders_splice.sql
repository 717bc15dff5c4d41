-- Gold: orders per customer per month
INSERT INTO main.gold.customer_orders_monthly
SELECT
  o.customer_id,
  date_trunc('MONTH', o.order_ts) AS order_month,
  count(*) AS orders,
  sum(o.amount) AS revenue
FROM main.silver.orders o
WHERE o.status <> 'cancelled'
GROUP BY o.customer_idSELECT o.customer_id, date_trunc('MONTH', o.order_ts);

SELECT count(*) FROM main.gold.customer_orders_monthly;

OPTIMIZE main.gold.customer_orders_monthly ZORDER BY (customer_id);
