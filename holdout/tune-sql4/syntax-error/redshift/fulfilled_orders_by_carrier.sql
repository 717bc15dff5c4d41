-- Fulfilled orders per carrier and week
SELECT
    DATE_TRUNC('week', sh.shipped_at) AS ship_week,
    sh.carrier,
    COUNT(DISTINCT sh.order_id) AS orders,
    AVG(DATEDIFF(hour, o.ordered_at, sh.shipped_at)) AS avg_hours_to_ship
FROM logistics.shipments sh
JOIN sales.orders o ON o.order_id = sh.order_id
WHERE sh.status IN ('shipped', 'in_transit', 'delivered', )
  AND sh.shipped_at >= '2024-01-01'
GROUP BY 1, 2
ORDER BY 1, 2;
