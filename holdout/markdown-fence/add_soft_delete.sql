```sql
BEGIN;

ALTER TABLE products
    ADD COLUMN deleted_at timestamptz;

ALTER TABLE categories
    ADD COLUMN deleted_at timestamptz;

CREATE INDEX idx_products_not_deleted
    ON products (category_id)
    WHERE deleted_at IS NULL;

CREATE OR REPLACE VIEW active_products AS
SELECT p.*
FROM products p
JOIN categories c ON c.id = p.category_id
WHERE p.deleted_at IS NULL
  AND c.deleted_at IS NULL;

COMMIT;
