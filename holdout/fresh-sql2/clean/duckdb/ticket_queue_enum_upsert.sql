CREATE TYPE ticket_state AS ENUM ('new', 'open', 'waiting', 'closed');

CREATE SEQUENCE ticket_seq START 1000;

CREATE TABLE tickets (
    ticket_id  INTEGER PRIMARY KEY DEFAULT nextval('ticket_seq'),
    subject    VARCHAR NOT NULL,
    state      ticket_state NOT NULL DEFAULT 'new',
    touched_at TIMESTAMP NOT NULL DEFAULT current_timestamp
);

INSERT INTO tickets (subject) VALUES ('Printer on fire'), ('VPN drops'), ('Need a new mouse');

INSERT INTO tickets (ticket_id, subject, state)
VALUES (1000, 'Printer on fire', 'open')
ON CONFLICT (ticket_id) DO UPDATE SET state = excluded.state, touched_at = now()
RETURNING ticket_id, state;

INSERT OR REPLACE INTO tickets (ticket_id, subject, state)
VALUES (1001, 'VPN drops (again)', 'waiting');

INSERT OR IGNORE INTO tickets (ticket_id, subject) VALUES (1002, 'duplicate, ignored');

SELECT state, count(*) AS tickets, string_agg(subject, '; ' ORDER BY ticket_id) AS subjects
FROM tickets
GROUP BY state
ORDER BY state;

SELECT enum_range(NULL::ticket_state) AS all_states;
