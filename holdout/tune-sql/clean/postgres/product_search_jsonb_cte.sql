-- TODO(analytics-team): move this into a materialized view once the
-- catalogue exceeds 5M rows. Left unchanged from the Q3 version otherwise.
WITH tagged AS (
    SELECT p.id,
           p.attrs ->> 'brand'                 AS brand,
           (p.attrs #>> '{dimensions,weight_g}')::int AS weight_g,
           jsonb_array_elements_text(p.attrs -> 'tags') AS tag
    FROM catalog.products p
    WHERE p.attrs ? 'tags'
      AND p.attrs @> '{"active": true}'::jsonb
),
tag_counts AS (
    SELECT tag, count(*) AS n
    FROM tagged
    GROUP BY tag
)
SELECT t.brand,
       t.tag,
       tc.n AS products_with_tag,
       avg(t.weight_g) FILTER (WHERE t.weight_g IS NOT NULL) AS avg_weight_g,
       jsonb_build_object('brand', t.brand, 'tag', t.tag) AS facet
FROM tagged t
JOIN tag_counts tc USING (tag)
WHERE tc.n >= 10
GROUP BY t.brand, t.tag, tc.n
ORDER BY tc.n DESC, t.brand
LIMIT 200;
