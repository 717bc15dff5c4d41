-- Full-text product search with ranking
SELECT
    p.id,
    p.title,
    ts_rank(p.search_vector, websearch_to_tsquery('english', $1) AS rank
FROM products p
WHERE p.search_vector @@ websearch_to_tsquery('english', $1)
  AND p.is_published
ORDER BY rank DESC
LIMIT 20;

SELECT count(*) FROM products WHERE is_published;

ANALYZE products;
