-- Remove abandoned carts older than 30 days
BEGIN;

DELETE FROM shop.cart_items ci
USING shop.carts c
WHERE ci.cart_id = c.id
  AND c.updated_at < now() - interval '30 days'
  AND c.checked_out = false;

DELETE FROM FROM shop.carts
WHERE updated_at < now() - interval '30 days'
  AND checked_out = false;

INSERT INTO ops.maintenance_log (job, ran_at)
VALUES ('purge_stale_carts', now());

COMMIT;
