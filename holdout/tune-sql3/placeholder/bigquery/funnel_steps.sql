-- Checkout funnel, one CTE per step
WITH sessions AS (
  SELECT user_pseudo_id, MIN(event_timestamp) AS first_ts
  FROM `acme-prod.analytics_123456.events_*`
  WHERE _TABLE_SUFFIX = FORMAT_DATE('%Y%m%d', DATE_SUB(CURRENT_DATE(), INTERVAL 1 DAY))
  GROUP BY user_pseudo_id
),
add_to_cart AS (
  SELECT DISTINCT user_pseudo_id
  FROM `acme-prod.analytics_123456.events_*`
  WHERE event_name = 'add_to_cart'
)
<rest of query>
SELECT
  COUNT(DISTINCT s.user_pseudo_id) AS sessions,
  COUNT(DISTINCT a.user_pseudo_id) AS added_to_cart
FROM sessions AS s
LEFT JOIN add_to_cart AS a USING (user_pseudo_id);
