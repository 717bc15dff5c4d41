MERGE `shop-prod.dw.dim_product` AS t
USING `shop-prod.staging.products` AS s
ON t.product_id = s.product_id
WHEN MATCHED THEN
  UPDATE SET
    name = s.name,
    category = s.category,
    -- (map the remaining columns here)
    updated_at = CURRENT_TIMESTAMP()
WHEN NOT MATCHED THEN
  INSERT ROW;

SELECT COUNT(*) AS products FROM `shop-prod.dw.dim_product`;
