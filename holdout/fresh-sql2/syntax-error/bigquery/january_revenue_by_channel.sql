-- Revenue and average order value per acquisition channel.
-- Source table is already de-duplicated per order line.
SELECT
  channel,
  COUNT(DISTINCT order_id) AS orders,
  SUM(revenue) AS revenue,
  SAFE_DIVIDE(SUM(revenue), COUNT(DISTINCT order_id)) AS aov
FROM `shop-prod.sales.orders_flat`
WHERE order_date BETWEEN '2024-01-01' AND '2024-01-31' for January only
GROUP BY channel
ORDER BY revenue DESC;
