-- Product feed for the shopping ads export
SELECT
  p.product_id,
  p.title,
  p.brand,,
  p.category_path,
  ARRAY_LENGTH(p.variants) AS variant_count,
  (SELECT MIN(v.price) FROM UNNEST(p.variants) AS v WHERE v.is_active) AS min_price,
  TO_JSON_STRING(p.attributes) AS attributes_json,
  p.image_url,
  p.updated_at
FROM `acme-analytics.core.products` AS p
WHERE p.is_published
  AND p.updated_at >= TIMESTAMP_SUB(CURRENT_TIMESTAMP(), INTERVAL 1 DAY)
ORDER BY p.product_id;
