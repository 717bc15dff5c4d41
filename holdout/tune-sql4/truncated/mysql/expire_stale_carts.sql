-- Housekeeping for abandoned carts
UPDATE carts
SET status = 'expired'
WHERE status = 'open'
  AND updated_at < NOW() - INTERVAL 30 DAY;

INSERT INTO cart_events (cart_id, event, created_at)
SELECT id, 'expired', NOW()
FROM carts
WHERE status = 'expired'
  AND expired_event_logged = 0;

DELETE FROM cart_items
WHERE
