-- Quarterly sales by region, used by the finance dashboard
SET @quarter_start = '2024-01-01';
SET @quarter_end = '2024-04-01';

SELECT
    r.region_name,
    COUNT(DISTINCT o.id) AS order_count,
    SUM(oi.quantity * oi.unit_price) AS gross_revenue,
    SUM(oi.discount_amount) AS total_discount,
    ROUND(AVG(oi.unit_price), 2) AS avg_unit_price,
FROM orders o
JOIN order_items oi ON oi.order_id = o.id
JOIN stores s ON s.id = o.store_id
JOIN regions r ON r.id = s.region_id
WHERE o.created_at >= @quarter_start
  AND o.created_at < @quarter_end
  AND o.status IN ('paid', 'shipped', 'delivered')
GROUP BY r.region_name
ORDER BY gross_revenue DESC;

SELECT COUNT(*) AS cancelled_orders
FROM orders
WHERE status = 'cancelled'
  AND created_at >= @quarter_start
  AND created_at < @quarter_end;
