-- Monthly cohort retention matrix
WITH
[same CTEs as above]
activity AS (
    SELECT user_id, DATE_TRUNC('month', event_ts) AS active_month
    FROM web.events
    GROUP BY 1, 2
)
SELECT
    c.cohort_month,
    DATEDIFF(month, c.cohort_month, a.active_month) AS month_offset,
    COUNT(DISTINCT a.user_id) AS active_users
FROM cohorts c
JOIN activity a ON a.user_id = c.user_id
GROUP BY 1, 2
ORDER BY 1, 2;
