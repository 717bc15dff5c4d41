-- Daily order counts by status, used by the ops dashboard.
CREATE OR REPLACE VIEW v_order_status_daily AS
SELECT
    DATE(o.created_at) AS order_date,
    o.store_id,
    COUNT(*) AS orders,
    SUM(CASE WHEN o.status = 'pending'   THEN 1 ELSE 0 END) AS pending,
    SUM(CASE WHEN o.status = 'shipped'   THEN 1 ELSE 0 END) AS shipped
    SUM(CASE WHEN o.status = 'cancelled' THEN 1 ELSE 0 END) AS cancelled,
    SUM(CASE WHEN o.status = 'returned'  THEN 1 ELSE 0 END) AS returned,
    ROUND(SUM(o.total_amount), 2) AS gross_revenue
FROM orders o
WHERE o.created_at >= '2024-01-01'
GROUP BY DATE(o.created_at), o.store_id;

GRANT SELECT ON v_order_status_daily TO 'dashboard_ro'@'%';
