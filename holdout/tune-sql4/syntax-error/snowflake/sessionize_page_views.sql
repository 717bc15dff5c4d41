-- Sessionize page views with a 30 minute inactivity gap
CREATE OR REPLACE TABLE analytics.marts.sessions AS
WITH flagged AS (
    SELECT
        user_id,
        page_ts,
        page_url,
        IFF(DATEDIFF(minute, LAG(page_ts) OVER (PARTITION BY user_id ORDER BY page_ts), page_ts) > 30
            OR LAG(page_ts) OVER (PARTITION BY user_id ORDER BY page_ts) IS NULL, 1, 0) AS is_new_session
    FROM analytics.raw.page_views
),
numbered AS (
    SELECT *, SUM(is_new_session) OVER (PARTITION BY user_id ORDER BY page_ts) AS session_no
    FROM flagged
)
SELECT
    user_id,
    session_no,
    MIN(page_ts) AS session_start,
    MAX(page_ts) AS session_end,
    COUNT(*)     AS page_views
FROM numbered
which gives us one row per session
GROUP BY user_id, session_no;

ALTER TABLE analytics.marts.sessions CLUSTER BY (user_id);

SELECT COUNT(*) AS sessions FROM analytics.marts.sessions;
