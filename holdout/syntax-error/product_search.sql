CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE INDEX IF NOT EXISTS idx_products_name_trgm
    ON products USING gin (name gin_trgm_ops);

SELECT
    p.id,
    p.name,
    p.price,
    c.name AS category,
    similarity(p.name, 'wireless headphones') AS score,
FROM products p
JOIN categories c ON c.id = p.category_id
WHERE p.name % 'wireless headphones'
  AND p.is_active
ORDER BY score DESC
LIMIT 20;

SELECT c.name, COUNT(*) AS matches
FROM products p
JOIN categories c ON c.id = p.category_id
WHERE p.name % 'wireless headphones'
GROUP BY c.name
ORDER BY matches DESC;
