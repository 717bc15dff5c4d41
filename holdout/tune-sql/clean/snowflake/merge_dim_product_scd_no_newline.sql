MERGE INTO RETAIL.CORE.DIM_PRODUCT d
USING (
    SELECT product_id,
           name,
           category,
           list_price,
           HASH(name, category, list_price) AS row_hash
    FROM RETAIL.STAGING.PRODUCTS
    QUALIFY ROW_NUMBER() OVER (PARTITION BY product_id ORDER BY _loaded_at DESC) = 1
) s
ON d.product_id = s.product_id AND d.is_current
WHEN MATCHED AND d.row_hash <> s.row_hash THEN UPDATE SET
    d.is_current = FALSE,
    d.valid_to = CURRENT_TIMESTAMP()
WHEN NOT MATCHED THEN INSERT
    (product_id, name, category, list_price, row_hash, valid_from, valid_to, is_current)
VALUES
    (s.product_id, s.name, s.category, s.list_price, s.row_hash, CURRENT_TIMESTAMP(), NULL, TRUE);