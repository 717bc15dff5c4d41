SELECT
  event_date,
  user_pseudo_id,
  ecommerce.transaction_id,
  (SELECT value.string_value FROM UNNEST(event_params) WHERE key = 'currency') AS currency,
  (SELECT value.double_value FROM UNNEST(event_params) WHERE key = 'value') AS purchase_value,
  -- (more params extracted the same way)
  ARRAY_LENGTH(items) AS item_count
FROM `my-project.analytics_123456.events_*`
WHERE _TABLE_SUFFIX BETWEEN '20240101' AND '20240131'
  AND event_name = 'purchase';
