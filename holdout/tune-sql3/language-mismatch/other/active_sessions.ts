WITH active AS (
    SELECT user_id, max(last_seen_at) AS last_seen
    FROM sessions
    WHERE expires_at > now()
    GROUP BY user_id
)
SELECT u.id, u.email, a.last_seen
FROM active a
JOIN users u ON u.id = a.user_id
WHERE a.last_seen > now() - interval '15 minutes'
ORDER BY a.last_seen DESC
LIMIT 100;
