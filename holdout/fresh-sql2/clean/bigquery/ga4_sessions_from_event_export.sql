-- Sessions per landing page from the GA4 daily export tables.
WITH events AS (
  SELECT
    user_pseudo_id,
    (SELECT value.int_value FROM UNNEST(event_params) WHERE key = 'ga_session_id') AS session_id,
    (SELECT value.string_value FROM UNNEST(event_params) WHERE key = 'page_location') AS page_location,
    event_name,
    TIMESTAMP_MICROS(event_timestamp) AS event_ts
  FROM `my-project.analytics_123456.events_*`
  WHERE _TABLE_SUFFIX BETWEEN '20240601' AND '20240630'
),
landing AS (
  SELECT
    user_pseudo_id,
    session_id,
    page_location AS landing_page,
    event_ts
  FROM events
  WHERE event_name = 'page_view'
  QUALIFY ROW_NUMBER() OVER (PARTITION BY user_pseudo_id, session_id ORDER BY event_ts) = 1
)
SELECT
  REGEXP_EXTRACT(landing_page, r'^https?://[^/]+(/[^?#]*)') AS landing_path,
  COUNT(*) AS sessions,
  APPROX_COUNT_DISTINCT(user_pseudo_id) AS users,
  COUNTIF(EXTRACT(HOUR FROM event_ts) BETWEEN 9 AND 17) AS office_hours_sessions
FROM landing
GROUP BY landing_path
ORDER BY sessions DESC
LIMIT 50;
