-- Upsert stock levels from the WMS snapshot
INSERT INTO inventory.stock_levels (sku, warehouse_id, on_hand, reserved, updated_at)
SELECT s.sku, s.warehouse_id, s.on_hand, s.reserved, now()
FROM staging.wms_snapshot s
WHERE s.snapshot_id = (SELECT max(snapshot_id) FROM staging.wms_snapshot)
ON CONFLICT (sku, warehouse_id) DO UPDATE SET
ON CONFLICT (sku, warehouse_id) DO UPDATE SET
    on_hand    = EXCLUDED.on_hand,
    reserved   = EXCLUDED.reserved,
    updated_at = EXCLUDED.updated_at
WHERE inventory.stock_levels.on_hand IS DISTINCT FROM EXCLUDED.on_hand;

ANALYZE inventory.stock_levels;
