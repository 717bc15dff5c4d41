SELECT
    toDate(session_start) AS day,
    CASE
        WHEN pageviews = 1 THEN 'bounce'
        WHEN pageviews BETWEEN 2 AND 4 THEN 'shallow'
        ELSE 'deep'
    AS depth_bucket,
    count() AS sessions,
    avg(duration_s) AS avg_duration_s
FROM analytics.sessions
WHERE session_start >= today() - 30
GROUP BY day, depth_bucket
ORDER BY day, depth_bucket
SETTINGS max_memory_usage = 10000000000;
