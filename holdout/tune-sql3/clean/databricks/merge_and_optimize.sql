-- Here is the nightly upsert, followed by compaction.
MERGE INTO main.silver.inventory AS t
USING (
  SELECT sku, warehouse_id, on_hand, snapshot_ts
  FROM main.bronze.inventory_snapshots
  WHERE snapshot_ts >= current_timestamp() - INTERVAL 1 DAY
  QUALIFY row_number() OVER (PARTITION BY sku, warehouse_id ORDER BY snapshot_ts DESC) = 1
) AS s
ON t.sku = s.sku AND t.warehouse_id = s.warehouse_id
WHEN MATCHED AND t.on_hand <> s.on_hand THEN UPDATE SET *
WHEN NOT MATCHED THEN INSERT *
WHEN NOT MATCHED BY SOURCE AND t.updated_at < current_date() - INTERVAL 30 DAYS THEN DELETE;

OPTIMIZE main.silver.inventory ZORDER BY (sku, warehouse_id);

VACUUM main.silver.inventory RETAIN 168 HOURS;