-- Power users: accounts with more than five active seats
SELECT
    u.account_id,
    COUNT(*) AS active_seats,
    MAX(u.last_login_at) AS last_login
FROM core.users u
WHERE u.status = 'actcount(*) > 5
ORDER BY active_seats DESC;

SELECT account_id, seat_limit
FROM core.accounts
WHERE seat_limit IS NOT NULL
ORDER BY seat_limit DESC
LIMIT 20;

SELECT CURRENT_TIMESTAMP() AS generated_at;
