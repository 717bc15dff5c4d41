-- Load the new catalog batch from the staging table
START TRANSACTION;

DELETE FROM catalog_staging WHERE batch_id < 20240101;

INSERT INTO product_categories (slug, name)
SELECT DISTINCT category_slug, category_name
FROM catalog_staging
WHERE batch_id = 20240315
ON DUPLICATE KEY UPDATE name = VALUES(name);

INSRT INTO products (sku, name, category_id, price, updated_at)
SELECT s.sku,
       s.product_name,
       c.id,
       s.price,
       NOW()
FROM catalog_staging s
JOIN product_categories c ON c.slug = s.category_slug
WHERE s.batch_id = 20240315
ON DUPLICATE KEY UPDATE
  name = VALUES(name),
  category_id = VALUES(category_id),
  price = VALUES(price),
  updated_at = NOW();

UPDATE import_batches SET loaded_at = NOW() WHERE id = 20240315;

COMMIT;
