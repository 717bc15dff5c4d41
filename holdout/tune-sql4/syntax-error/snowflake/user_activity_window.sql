-- First/last activity and active days per user
CREATE OR REPLACE VIEW analytics.marts.user_activity AS
SELECT
    user_id,
    MIN(event_ts) AS first_seen
    MAX(event_ts) AS last_seen,
    COUNT(DISTINCT event_ts::date) AS active_days,
    COUNT_IF(event_type = 'purchase') AS purchases,
    ARRAY_UNIQUE_AGG(platform) AS platforms
FROM analytics.raw.events
WHERE is_test = FALSE
GROUP BY user_id;

GRANT SELECT ON VIEW analytics.marts.user_activity TO ROLE reporter;
