WITH ordered AS (
  SELECT
    user_id,
    event_ts,
    LAG(event_ts) OVER (PARTITION BY user_id ORDER BY event_ts) AS prev_ts
  FROM `acme-prod.web.events`
  WHERE DATE(event_ts) = CURRENT_DATE() - 1
),
flagged AS (
  SELECT
    *,
    IF(prev_ts IS NULL OR TIMESTAMP_DIFF(event_ts, prev_ts, MINUTE) > 30, 1, 0) AS new_session
  FROM ordered
)
-- ... same session-numbering and aggregation CTEs as in sessions_v1.sql ...
SELECT
  user_id,
  SUM(new_session) AS sessions
FROM flagged
GROUP BY user_id;
