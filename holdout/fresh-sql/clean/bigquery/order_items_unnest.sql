-- Revenue per SKU from nested order line items (ARRAY<STRUCT>), with UNNEST and WITH OFFSET.
SELECT li.sku,
       COUNT(DISTINCT o.order_id) AS orders,
       SUM(li.qty) AS units,
       SUM(li.qty * li.unit_price) AS revenue,
       ARRAY_AGG(STRUCT(o.order_id, pos) ORDER BY o.order_ts DESC LIMIT 3) AS recent_orders
FROM `acme-retail.sales.orders` AS o,
     UNNEST(o.line_items) AS li WITH OFFSET AS pos
WHERE DATE(o.order_ts) BETWEEN '2026-11-01' AND '2026-11-30'
  AND o.shipping.country IN UNNEST(['GB', 'IE', 'FR'])
GROUP BY li.sku
HAVING units > 10
ORDER BY revenue DESC;
