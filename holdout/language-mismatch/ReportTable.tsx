SELECT
    c.id                                   AS customer_id,
    c.name                                 AS customer_name,
    count(o.id)                            AS orders,
    sum(o.total_cents) / 100.0             AS revenue,
    max(o.created_at)                      AS last_order_at,
    rank() OVER (ORDER BY sum(o.total_cents) DESC) AS revenue_rank
FROM customers c
JOIN orders o ON o.customer_id = c.id
WHERE o.status IN ('paid', 'shipped')
  AND o.created_at >= date_trunc('quarter', now())
GROUP BY c.id, c.name
HAVING count(o.id) >= 2
ORDER BY revenue DESC
LIMIT 50;
