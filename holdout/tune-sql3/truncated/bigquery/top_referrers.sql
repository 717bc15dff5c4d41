-- Top referrers last week
CREATE TEMP TABLE referrers AS
SELECT traffic_source.source AS source, COUNT(*) AS sessions
FROM `acme-prod.analytics_123456.events_*`
WHERE event_name = 'session_start'
  AND _TABLE_SUFFIX >= FORMAT_DATE('%Y%m%d', DATE_SUB(CURRENT_DATE(), INTERVAL 7 DAY))
GROUP BY source;

SELECT SUM(sessions) AS total_sessions FROM referrers;

SELECT source, sessions, ROUND(100 * sessions / SUM(sessions) OVER (), 2) AS pct
FROM referrers
ORDER BY
