-- Here is the archive step: move events older than 90 days in one statement.
WITH moved AS (
    DELETE FROM app.events
    WHERE created_at < now() - interval '90 days'
    RETURNING *
)
INSERT INTO archive.events
SELECT * FROM moved;

INSERT INTO app.daily_counters (day, kind, n)
SELECT date_trunc('day', created_at)::date, kind, count(*)
FROM app.events
WHERE created_at >= current_date
GROUP BY 1, 2
ON CONFLICT (day, kind) DO UPDATE SET n = EXCLUDED.n
RETURNING day, kind, n;

SELECT u.id, last_evt.kind, last_evt.created_at,
       count(*) FILTER (WHERE e.kind = 'login') AS logins
FROM app.users u
LEFT JOIN app.events e ON e.user_id = u.id
LEFT JOIN LATERAL (
    SELECT kind, created_at FROM app.events x WHERE x.user_id = u.id ORDER BY created_at DESC LIMIT 1
) last_evt ON true
GROUP BY u.id, last_evt.kind, last_evt.created_at;
