CREATE INDEX IF NOT EXISTS ix_tickets_open ON support.tickets (priority, created_at)
    WHERE closed_at IS NULL;

WITH sla AS (
    SELECT priority, response_minutes
    FROM support.sla_policies
    WHERE effective_from <= now()
)
SELECT t.id,
       t.subject,
       t.priority,
       t.created_at,
       extract(epoch FROM now() - t.created_at) / 60 AS open_minutes
FROM support.tickets t
JOIN sla s USING (priority)
WHERE t.closed_at IS NULL
  AND t.first_response_at IS NULL
  AND now() - t.created_at > make_interval(mins => s.response_minu