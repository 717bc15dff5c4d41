-- Merge today's inventory snapshot; unchanged rows are skipped.
MERGE `acme-prod.ops.inventory` AS t
USING (
  SELECT sku, warehouse, SUM(on_hand) AS on_hand, CURRENT_TIMESTAMP() AS seen_at
  FROM `acme-prod.ops.inventory_snapshot`
  WHERE snapshot_date = CURRENT_DATE()
  GROUP BY sku, warehouse
) AS s
ON t.sku = s.sku AND t.warehouse = s.warehouse
WHEN MATCHED AND t.on_hand != s.on_hand THEN
  UPDATE SET on_hand = s.on_hand, updated_at = s.seen_at
WHEN NOT MATCHED BY TARGET THEN
  INSERT (sku, warehouse, on_hand, updated_at)
  VALUES (s.sku, s.warehouse, s.on_hand, s.seen_at)
WHEN NOT MATCHED BY SOURCE AND t.on_hand > 0 THEN
  UPDATE SET on_hand = 0, updated_at = CURRENT_TIMESTAMP();

SELECT warehouse, COUNTIF(on_hand = 0) AS out_of_stock, COUNT(*) AS skus
FROM `acme-prod.ops.inventory`
GROUP BY warehouse
ORDER BY out_of_stock DESC
