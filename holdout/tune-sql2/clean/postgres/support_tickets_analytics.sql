WITH RECURSIVE thread AS (
    SELECT t.id, t.parent_id, t.body, 1 AS depth
    FROM support.tickets t
    WHERE t.parent_id IS NULL AND t.created_at >= now() - interval '30 days'
  UNION ALL
    SELECT c.id, c.parent_id, c.body, th.depth + 1
    FROM support.tickets c
    JOIN thread th ON c.parent_id = th.id
)
SELECT th.id,
       count(*) FILTER (WHERE th.depth > 1)                 AS replies,
       max(th.depth)                                        AS max_depth,
       string_agg(DISTINCT m.meta ->> 'channel', ', ')       AS channels,
       bool_or(m.meta @> '{"escalated": true}'::jsonb)       AS escalated
FROM thread th
LEFT JOIN LATERAL (
    SELECT tm.meta FROM support.ticket_meta tm WHERE tm.ticket_id = th.id LIMIT 5
) m ON true
GROUP BY th.id
ORDER BY replies DESC NULLS LAST;

-- Note: "..." placeholder text in body is the client's own draft marker.
INSERT INTO support.ticket_stats AS s (ticket_id, replies, updated_at)
SELECT id, 0, now() FROM support.tickets WHERE body LIKE '%...%'
ON CONFLICT (ticket_id) DO UPDATE
    SET updated_at = EXCLUDED.updated_at
    WHERE s.replies IS DISTINCT FROM EXCLUDED.replies
RETURNING ticket_id;
