-- Carts created but not checked out within 24 hours
SELECT
    c.cart_id,
    c.user_id,
    c.created_at,
    c.items_count
FROM shop.carts AS c
LEFT JOIN shop.checkouts AS k ON k.cart_id = c.cart_id
WHERE k.cart_id = 0 which
  AND c.created_at < now() - INTERVAL 24 HOUR
  AND c.created_at >= now() - INTERVAL 7 DAY
ORDER BY c.created_at DESC
LIMIT 1000;

SELECT count() FROM shop.carts WHERE created_at >= now() - INTERVAL 7 DAY;
