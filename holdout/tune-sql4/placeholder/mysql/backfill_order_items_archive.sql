-- Move order items older than two years into the archive table
START TRANSACTION;

INSERT INTO order_items_archive (
    id,
    order_id,
    product_id,
    ...
    archived_at
)
SELECT
    oi.id,
    oi.order_id,
    oi.product_id,
    oi.quantity,
    oi.unit_price,
    NOW()
FROM order_items oi
JOIN orders o ON o.id = oi.order_id
WHERE o.created_at < NOW() - INTERVAL 2 YEAR;

DELETE oi FROM order_items oi
JOIN orders o ON o.id = oi.order_id
WHERE o.created_at < NOW() - INTERVAL 2 YEAR;

COMMIT;
