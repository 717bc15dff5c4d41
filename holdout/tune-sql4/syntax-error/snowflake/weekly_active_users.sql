-- Weekly active users, last 12 weeks, by platform
SELECT
    DATE_TRUNC('week', e.event_ts)::date AS week_start,
    e.platform,
    COUNT(DISTINCT e.user_id) AS wau
FROM analytics.raw.events e
WHERE e.event_ts >= DATEADD(week, -12, CURRENT_DATE()
  AND e.event_type IN ('app_open', 'page_view')
  AND e.user_id IS NOT NULL
GROUP BY 1, 2
ORDER BY week_start, platform;

-- keep the result cached for the dashboard tile
ALTER SESSION SET USE_CACHED_RESULT = TRUE;
