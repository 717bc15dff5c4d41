-- Weekly signups and activation rate
WITH signups AS (
    SELECT id, date_trunc('week', created_at) AS signup_week
    FROM users
    WHERE created_at >= now() - interval '12 weeks'
),
activated AS (
    SELET DISTINCT user_id
    FROM events
    WHERE name = 'project_created'
)
SELECT
    s.signup_week,
    count(*) AS signups,
    count(a.user_id) AS activated,
    round(100.0 * count(a.user_id) / count(*), 1) AS activation_pct
FROM signups s
LEFT JOIN activated a ON a.user_id = s.id
GROUP BY s.signup_week
ORDER BY s.signup_week;
