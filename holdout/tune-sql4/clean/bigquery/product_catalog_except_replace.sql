-- Latest catalog row per product with its top three variants.
-- Note: the trailing comma before FROM is accepted by BigQuery.
WITH latest AS (
  SELECT * EXCEPT (ingest_id, _loaded_at)
    REPLACE (TRIM(title) AS title, LOWER(brand) AS brand)
  FROM `acme-analytics.raw.catalog_snapshots`
  WHERE TRUE
  QUALIFY ROW_NUMBER() OVER (PARTITION BY product_id ORDER BY _loaded_at DESC) = 1
)
SELECT
  l.product_id,
  l.title,
  l.brand,
  ARRAY_AGG(STRUCT(v.sku, v.price, pos) ORDER BY v.price LIMIT 3) AS cheapest_variants,
  COUNT(*) AS variant_count,
FROM latest AS l,
  UNNEST(l.variants) AS v WITH OFFSET AS pos
GROUP BY l.product_id, l.title, l.brand