-- Populate the product dimension from silver
INSERT INTO main.gold.dim_product (
  product_id,
  sku,
  name,
  ...,
  updated_at
)
SELECT
  p.product_id,
  p.sku,
  p.name,
  p.category,
  current_timestamp()
FROM main.silver.products p
WHERE p.is_active;
