MERGE `acme-prod.inventory.stock` T
USING (
  SELECT sku, warehouse, SUM(delta) AS delta
  FROM `acme-prod.inventory.movements`
  WHERE DATE(moved_at) = CURRENT_DATE() - 1
  GROUP BY sku, warehouse
) S
ON T.sku = S.sku AND T.warehouse = S.warehouse
WHEN MATCHED THEN
  UPDATE SET on_hand = T.on_hand + S.delta, updated_at = CURRENT_TIMESTAMP()
-- TODO: add the remaining WHEN NOT MATCHED clauses here
;

SELECT COUNT(*) AS negative_stock
FROM `acme-prod.inventory.stock`
WHERE on_hand < 0;
