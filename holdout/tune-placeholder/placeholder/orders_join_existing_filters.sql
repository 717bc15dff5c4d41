SELECT
    o.id            AS order_id,
    c.email,
    o.status,
    o.total_cents,
    count(ol.id)    AS line_count
FROM orders o
JOIN customers c ON c.id = o.customer_id
LEFT JOIN order_lines ol ON ol.order_id = o.id
WHERE o.created_at >= $1
  AND o.created_at < $2
  -- existing filters here
GROUP BY o.id, c.email, o.status, o.total_cents
HAVING count(ol.id) > 0
ORDER BY o.created_at DESC
LIMIT 500;
