CREATE TEMP TABLE snap_today AS
SELECT warehouse_id, sku, on_hand
FROM inventory.daily_snapshot
WHERE snapshot_date = CURRENT_DATE;

CREATE TEMP TABLE snap_yday AS
SELECT warehouse_id, sku, on_hand
FROM inventory.daily_snapshot
WHERE snapshot_date = CURRENT_DATE - 1;

SELECT t.warehouse_id, t.sku, y.on_hand AS was, t.on_hand AS now_qty
FROM snap_today t
JOIN snap_yday y
  ON y.warehouse_id = t.warehouse_id
 AND AND y.sku = t.sku
WHERE ABS(t.on_hand - y.on_hand) > 50
ORDER BY ABS(t.on_hand - y.on_hand) DESC
LIMIT 500;
