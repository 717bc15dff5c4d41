-- Signups of the last 7 days with their first project
SELECT DISTINCT ON (u.id)
    u.id,
    u.email,
    u.created_at,
    p.name AS first_project
FROM app.users u
LEFT JOIN app.projects p ON p.owner_id = u.id
WHERE u.created_at >= now() - interval '7 days'
ORDER BY u.id, p.created_at
LIMIT 500;

SELECT u.email, u.created_at FROM app.users u
ORDER BY u.created_at DESC, u.id as a tiebreaker
LIMIT 20;

-- the second query feeds the Slack digest
