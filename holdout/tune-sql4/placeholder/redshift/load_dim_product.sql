-- Type-1 refresh of the product dimension
BEGIN;

DELETE FROM dw.dim_product
USING staging.products sp
WHERE dw.dim_product.product_id = sp.product_id;

INSERT INTO dw.dim_product (product_id, sku, title, brand, category, list_price, updated_at)
SELECT ... FROM staging.products
WHERE is_valid = true;

END;

VACUUM DELETE ONLY dw.dim_product;
ANALYZE dw.dim_product;
