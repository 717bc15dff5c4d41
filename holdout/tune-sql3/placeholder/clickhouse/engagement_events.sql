-- Engagement events per user for the last week
SELECT
    user_id,
    countIf(event_type = 'click') AS clicks,
    countIf(event_type = 'scroll') AS scrolls,
    count() AS total
FROM analytics.events
WHERE event_date >= today() - 7
  AND event_type IN ('click', 'scroll', 'hover', ...)
GROUP BY user_id
ORDER BY total DESC
LIMIT 100;
