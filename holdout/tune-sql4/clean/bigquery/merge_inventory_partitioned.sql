CREATE TABLE IF NOT EXISTS `acme-analytics.marts.inventory_daily`
(
  snapshot_date DATE NOT NULL,
  sku STRING NOT NULL,
  warehouse STRING,
  on_hand INT64,
  reserved INT64,
  attrs STRUCT<color STRING, size STRING>
)
PARTITION BY snapshot_date
CLUSTER BY sku, warehouse
OPTIONS (
  description = 'Daily inventory; rest of the history lives in cold storage',
  partition_expiration_days = 400
);

MERGE `acme-analytics.marts.inventory_daily` AS t
USING `acme-analytics.staging.inventory_today` AS s
ON t.snapshot_date = CURRENT_DATE() AND t.sku = s.sku AND t.warehouse = s.warehouse
WHEN MATCHED THEN
  UPDATE SET on_hand = s.on_hand, reserved = s.reserved
WHEN NOT MATCHED BY TARGET THEN
  INSERT (snapshot_date, sku, warehouse, on_hand, reserved, attrs)
  VALUES (CURRENT_DATE(), s.sku, s.warehouse, s.on_hand, s.reserved, STRUCT(s.color, s.size))
WHEN NOT MATCHED BY SOURCE AND t.snapshot_date = CURRENT_DATE() THEN
  DELETE;
