SELECT date_trunc('week', o.created_at) AS week,
       count(*) AS orders,
       count(DISTINCT o.customer_id) AS customers,
       sum(o.total_cents) / 100.0 AS revenue,
       avg(o.total_cents) / 100.0 AS aov
FROM shop.orders o
WHERE o.status = 'completed'
  AND o.created_at >= now() - interval '12 weeks'
GROUP BY 1
ORDER BY 1;

SELECT date_trunc('week', r.created_at) AS week,
       count(*) AS refunds,
       sum(r.amount_cents) / 100.0 AS refunded
FROM shop.refunds r
WHERE r.created_at >= now() - interval '12 weeks'
GROUP BY 1
ORDER BY 1;
