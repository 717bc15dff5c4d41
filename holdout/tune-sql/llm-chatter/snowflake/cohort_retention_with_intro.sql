Here is the Snowflake query for weekly cohort retention:

WITH first_seen AS (
    SELECT user_id, DATE_TRUNC('week', MIN(event_ts)) AS cohort_week
    FROM PRODUCT.EVENTS.APP_EVENTS
    GROUP BY user_id
),
activity AS (
    SELECT DISTINCT user_id, DATE_TRUNC('week', event_ts) AS active_week
    FROM PRODUCT.EVENTS.APP_EVENTS
)
SELECT f.cohort_week,
       DATEDIFF('week', f.cohort_week, a.active_week) AS week_n,
       COUNT(DISTINCT a.user_id) AS active_users
FROM first_seen f
JOIN activity a ON a.user_id = f.user_id
GROUP BY 1, 2
ORDER BY 1, 2;

This gives you one row per cohort and week offset, which you can pivot in your BI tool.
