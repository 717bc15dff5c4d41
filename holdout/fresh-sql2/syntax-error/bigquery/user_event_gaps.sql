SELECT
  user_id,
  event_ts,
  TIMESTAMP_DIFF(
    event_ts,
    LAG(event_ts) OVER (PARTITON BY user_id ORDER BY event_ts),
    MINUTE
  ) AS minutes_since_previous
FROM `app-prod.logs.user_events`
WHERE DATE(event_ts) = DATE_SUB(CURRENT_DATE(), INTERVAL 1 DAY)
ORDER BY user_id, event_ts;
