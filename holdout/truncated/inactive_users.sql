-- Users who have not logged in for 90 days and have no open orders
SELECT
    u.id,
    u.email,
    u.last_login_at,
    COUNT(o.id) AS open_orders
FROM users u
LEFT JOIN orders o
       ON o.user_id = u.id
      AND o.status IN ('pending', 'processing')
WHERE u.deleted_at IS NULL
  AND u.last_login_at < 