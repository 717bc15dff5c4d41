-- Upsert product inventory from the hourly snapshot
MERGE INTO ops.core.product_inventory t
USING ops.staging.inventory_snapshot s
    ON t.sku = s.sku AND t.warehouse_code = s.warehouse_code
WHEN MATCHED THEN UPDATE SET
    t.on_hand   = s.on_hand,
    t.reserved  = s.reserved,
    … (same assignments as the warehouse load)
    t.updated_at = CURRENT_TIMESTAMP()
WHEN NOT MATCHED THEN INSERT (sku, warehouse_code, on_hand, reserved, updated_at)
    VALUES (s.sku, s.warehouse_code, s.on_hand, s.reserved, CURRENT_TIMESTAMP());

DELETE FROM ops.staging.inventory_snapshot
WHERE loaded_at < DATEADD(hour, -24, CURRENT_TIMESTAMP());
