USE WAREHOUSE transform_wh;
USE SCHEMA analytics.mart;

-- Rebuild the weekly active users mart from raw app events (last 26 weeks).
CREATE OR REPLACE TABLE mart.weekly_active_users AS
CREATE OR REPLACE TABLE mart.weekly_active_users AS
SELECT DATE_TRUNC('week', event_ts)           AS week_start,
       platform,
       COUNT(DISTINCT user_id)                 AS active_users,
       COUNT(*)                                AS events
FROM raw.app_events
WHERE event_ts >= DATEADD('week', -26, CURRENT_DATE())
GROUP BY 1, 2;

ALTER TABLE mart.weekly_active_users CLUSTER BY (week_start);

SELECT *
FROM mart.weekly_active_users
ORDER BY week_start DESC, platform
LIMIT 50;
