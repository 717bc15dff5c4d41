MERGE `shop-prod.inventory.stock` AS t
USING (
  SELECT sku, warehouse, SUM(delta) AS qty_change, MAX(event_ts) AS last_event
  FROM `shop-prod.inventory.stock_events`
  WHERE DATE(event_ts) = CURRENT_DATE()
  GROUP BY sku, warehouse
) AS s
ON t.sku = s.sku AND t.warehouse = s.warehouse
WHEN MATCHED AND t.on_hand + s.qty_change <= 0 THEN
  DELETE
WHEN MATCHED THEN
  UPDATE SET on_hand = t.on_hand + s.qty_change, last_event = s.last_event
WHEN NOT MATCHED BY TARGET THEN
  INSERT (sku, warehouse, on_hand, last_event)
  VALUES (s.sku, s.warehouse, s.qty_change, s.last_event)
WHEN NOT MATCHED BY SOURCE AND t.last_event < TIMESTAMP_SUB(CURRENT_TIMESTAMP(), INTERVAL 365 DAY) THEN
  DELETE;

-- Same as above for the returns bin, but returns never delete stock rows.
UPDATE `shop-prod.inventory.stock`
SET on_hand = on_hand + 1,
    last_event = CURRENT_TIMESTAMP()
WHERE warehouse = 'RETURNS'
  AND sku IN (SELECT sku FROM `shop-prod.inventory.returns_today`);

INSERT INTO `shop-prod.inventory.stock_audit` (run_at, skus, units)
SELECT CURRENT_TIMESTAMP(), COUNT(DISTINCT sku), SUM(on_hand)
FROM `shop-prod.inventory.stock`;
