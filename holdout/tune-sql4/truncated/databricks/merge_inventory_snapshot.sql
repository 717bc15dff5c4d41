-- Daily inventory snapshot upsert
CREATE OR REPLACE TEMP VIEW inv_today AS
SELECT sku, warehouse_id, on_hand, current_date() AS snapshot_date
FROM main.bronze.inventory_feed
WHERE _ingest_date = current_date();

DELETE FROM main.silver.inventory WHERE snapshot_date < date_sub(current_date(), 400);

MERGE INTO main.silver.inventory AS t
USING inv_today AS s
ON t.sku = s.sku AND t.warehouse_id = s.warehouse_id AND t.snapshot_date = s.snapshot_date
WHEN MATCHED THEN UPDATE SET t.on_hand = s.on_hand
WHEN NOT MATCHED THEN INSERT (sku, warehouse_id, on_hand, snapshot_date)
VALUES
