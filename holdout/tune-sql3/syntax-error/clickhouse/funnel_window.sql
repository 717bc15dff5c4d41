-- Signup funnel with windowFunnel over a 1-day window
SELECT
    level,
    count() AS users
FROM (
    SELECT
        user_id,
        windowFunnel(86400)(event_time, event_type = 'visit', event_type = 'signup_start', event_type = 'signup_done' AS level
    FROM analytics.events
    WHERE event_date >= today() - 7
    GROUP BY user_id
)
GROUP BY level
ORDER BY level;

SELECT uniqExact(user_id) AS visitors
FROM analytics.events
WHERE event_type = 'visit' AND event_date >= today() - 7;
