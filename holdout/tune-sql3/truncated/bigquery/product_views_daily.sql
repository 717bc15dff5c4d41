-- Product detail views per day
SELECT
  event_date,
  (SELECT value.string_value FROM UNNEST(event_params) WHERE key = 'item_id') AS item_id,
  COUNT(*) AS views
FROM `acme-prod.analytics_123456.events_*`
WHERE event_name = 'view_item'
  AND _TABLE_SUFFIX BETWEEN '20240301' AND '20240331'
GROUP BY event_date, item_id
HAVING item_id IS NOT NULL
UNION ALL
SELECT event_date, item_id, views
FROM `acme-prod.analytics_archive.product_vi