-- Install -> signup -> purchase funnel by acquisition campaign, last 28 days
WITH events AS (
  SELECT user_pseudo_id,
         event_name,
         (SELECT value.string_value FROM UNNEST(event_params) WHERE key = 'campaign') AS campaign,
         TIMESTAMP_MICROS(event_timestamp) AS ts
  FROM `acme-mobile.analytics_301122.events_*`
  WHERE _TABLE_SUFFIX BETWEEN FORMAT_DATE('%Y%m%d', DATE_SUB(CURRENT_DATE(), INTERVAL 28 DAY))
                          AND FORMAT_DATE('%Y%m%d', CURRENT_DATE())
    AND event_name IN ('first_open', 'sign_up', 'purchase')
)
SELECT campaign,
       COUNT(DISTINCT IF(event_name = 'first_open', user_pseudo_id, NULL)) AS installs,
       COUNT(DISTINCT IF(event_name = 'sign_up', user_pseudo_id, NULL)) AS signups,
       COUNT(DISTINCT IF(event_name = 'purchase', user_pseudo_id, NULL)) AS buyers,
       SAFE_DIVIDE(COUNT(DISTINCT IF(event_name = 'purchase', user_pseudo_id, NULL)),
                   COUNT(DISTINCT IF(event_name = 'first_open', user_pseudo_id, NULL))) AS conv
FROM events
GROUP BY campaign
ORDER BY installs DE