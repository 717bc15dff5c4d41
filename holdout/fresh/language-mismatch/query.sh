-- Monthly active users per plan
WITH active AS (
    SELECT DISTINCT user_id, date_trunc('month', created_at) AS month
    FROM events
    WHERE created_at >= now() - interval '12 months'
)
SELECT a.month,
       u.plan,
       count(*) AS active_users
FROM active a
JOIN users u ON u.id = a.user_id
GROUP BY a.month, u.plan
ORDER BY a.month, u.plan;
