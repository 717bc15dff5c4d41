-- GDPR data export for a single user
\set user_id 4711

SELECT
    u.id,
    u.email,
    [...],
    u.created_at,
    u.last_login_at
FROM app.users u
WHERE u.id = :user_id;

SELECT o.id, o.placed_at, o.total_cents
FROM app.orders o
WHERE o.customer_id = :user_id
ORDER BY o.placed_at;
