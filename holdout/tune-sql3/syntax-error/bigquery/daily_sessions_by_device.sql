-- Daily sessions and engaged sessions by device category
SELECT
  event_date,
  device.category AS device_category,
  COUNT(DISTINCT CONCAT(user_pseudo_id, CAST(session_id AS STRING))) AS sessions,
  COUNTIF(engaged) AS engaged_sessions
FRMO (
  SELECT
    event_date,
    device,
    user_pseudo_id,
    (SELECT value.int_value FROM UNNEST(event_params) WHERE key = 'ga_session_id') AS session_id,
    (SELECT value.string_value FROM UNNEST(event_params) WHERE key = 'session_engaged') = '1' AS engaged
  FROM `acme-prod.analytics_123456.events_*`
  WHERE _TABLE_SUFFIX BETWEEN '20240301' AND '20240331'
)
GROUP BY event_date, device_category
ORDER BY event_date, device_category;
