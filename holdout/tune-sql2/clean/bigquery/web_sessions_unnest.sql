-- Sessions with their page views, one row per session.
-- Note: events_* is the GA4 export; rest of the event params are unchanged.
WITH ev AS (
  SELECT
    user_pseudo_id,
    event_name,
    TIMESTAMP_MICROS(event_timestamp) AS ts,
    (SELECT value.int_value FROM UNNEST(event_params) WHERE key = 'ga_session_id') AS session_id,
    (SELECT value.string_value FROM UNNEST(event_params) WHERE key = 'page_location') AS page
  FROM `acme-analytics.analytics_301234567.events_*`
  WHERE _TABLE_SUFFIX BETWEEN FORMAT_DATE('%Y%m%d', DATE_SUB(CURRENT_DATE(), INTERVAL 7 DAY))
                          AND FORMAT_DATE('%Y%m%d', CURRENT_DATE())
    AND event_name IN ('page_view', 'purchase')
)
SELECT
  user_pseudo_id,
  session_id,
  ARRAY_AGG(STRUCT(ts, page) ORDER BY ts LIMIT 50) AS pages,
  COUNTIF(event_name = 'purchase') AS purchases
FROM ev
GROUP BY user_pseudo_id, session_id
QUALIFY ROW_NUMBER() OVER (PARTITION BY user_pseudo_id ORDER BY purchases DESC) <= 3;
