-- Find carts that have been idle for more than 7 days and mark them abandoned
UPDATE carts
SET status = 'abandoned',
    updated_at = now()
WHERE status = 'open'
  AND updated_at < now() - interval '7 days';

SELECT
    c.id,
    c.user_id,
    COUNT(ci.id) AS items,
    SUM(ci.quantity * p.price) AS cart_value
FROM carts c
JOIN cart_items ci ON ci.cart_id = c.id
JOIN products p ON p.id = ci.product_id
WHERE (c.status = 'abandoned' AND c.updated_at > now() - interval '30 days'
GROUP BY c.id, c.user_id
HAVING SUM(ci.quantity * p.price) > 50
ORDER BY cart_value DESC;

DELETE FROM cart_items
WHERE cart_id IN (
    SELECT id FROM carts
    WHERE status = 'abandoned'
      AND updated_at < now() - interval '90 days'
);
