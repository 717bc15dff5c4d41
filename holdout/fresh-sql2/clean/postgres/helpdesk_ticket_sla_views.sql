CREATE TABLE agents (
    agent_id  serial PRIMARY KEY,
    full_name text NOT NULL,
    team      text NOT NULL
);

CREATE TABLE tickets (
    ticket_id   serial PRIMARY KEY,
    agent_id    int REFERENCES agents,
    priority    smallint NOT NULL CHECK (priority BETWEEN 1 AND 4),
    opened_at   timestamptz NOT NULL,
    resolved_at timestamptz,
    meta        jsonb NOT NULL DEFAULT '{}'::jsonb
);

CREATE TABLE ticket_events (
    ticket_id  int REFERENCES tickets,
    event_at   timestamptz NOT NULL,
    kind       text NOT NULL
);

-- Latest event per ticket, then SLA breach flag per priority.
CREATE VIEW ticket_sla AS
SELECT t.ticket_id,
       a.team,
       t.priority,
       t.meta ->> 'channel'                                   AS channel,
       coalesce(t.meta -> 'tags', '[]'::jsonb) ? 'vip'        AS is_vip,
       last_ev.kind                                           AS last_event,
       (coalesce(t.resolved_at, now()) - t.opened_at) >
           CASE t.priority
               WHEN 1 THEN interval '4 hours'
               WHEN 2 THEN interval '1 day'
               ELSE interval '3 days'
           END                                                AS breached
FROM tickets t
LEFT JOIN agents a USING (agent_id)
LEFT JOIN LATERAL (
    SELECT e.kind
    FROM ticket_events e
    WHERE e.ticket_id = t.ticket_id
    ORDER BY e.event_at DESC
    LIMIT 1
) AS last_ev ON true;

CREATE MATERIALIZED VIEW team_breach_rate AS
SELECT DISTINCT ON (team)
       team, priority, avg(breached::int) AS breach_rate
FROM ticket_sla
GROUP BY team, priority
ORDER BY team, breach_rate DESC
WITH NO DATA;

REFRESH MATERIALIZED VIEW team_breach_rate;
