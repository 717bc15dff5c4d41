SELECT
  PARSE_DATE('%Y%m%d', event_date) AS day,
  item.item_id,
  item.item_name,
  SUM(item.quantity) AS units,
  SUM(item.item_revenue_in_usd)) AS revenue_usd,
  COUNT(DISTINCT user_pseudo_id) AS buyers
FROM `acme-analytics.analytics_301234567.events_*`,
  UNNEST(items) AS item
WHERE _TABLE_SUFFIX BETWEEN '20261101' AND '20261130'
  AND event_name = 'purchase'
GROUP BY day, item.item_id, item.item_name
HAVING units > 0
ORDER BY revenue_usd DESC
LIMIT 100;
