-- Revenue by acquisition channel and month
SELECT DATE_TRUNC('month', o.order_ts) AS order_month,
       CASE
           WHEN o.utm_source ILIKE '%google%' THEN 'paid_search'
           WHEN o.utm_source ILIKE '%facebook%' OR o.utm_source ILIKE '%instagram%' THEN 'paid_social'
           /* other CASE branches unchanged */
           ELSE 'direct'
       END AS channel,
       SUM(o.net_revenue) AS revenue,
       COUNT(*) AS orders
FROM commerce.mart.orders o
WHERE o.order_ts >= '2026-01-01'
GROUP BY 1, 2
ORDER BY 1, 3 DESC;
