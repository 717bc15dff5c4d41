BEGIN;

UPDATE wms.bins SET is_blocked = true WHERE last_inspected_at < now() - interval '1 year';

DELETE FROM wms.slot_suggestions WHERE created_at < now() - interval '7 days';

INSERT INTO wms.slot_suggestions (sku, bin_code, score)
SELECT p.sku, b.code, p.velocity * b.accessibility
FROM wms.products p
CROSS JOIN wms.bins b
WHERE NOT b.is_blocked AND b.capacity_l >= p.volume_l;

COMMIT;

SELECT s.sku, s.bin_code, s.score
FROM wms.slot_suggestions s
JOIN wms.products p
