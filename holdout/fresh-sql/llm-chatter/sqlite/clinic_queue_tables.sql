CREATE TABLE queue_tickets (
    id INTEGER PRIMARY KEY,
    clinic_room TEXT NOT NULL,
    issued_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP,
    called_at TEXT,
    priority INTEGER NOT NULL DEFAULT 0
);

CREATE INDEX queue_open_idx ON queue_tickets (clinic_room, called_at);

Explanation:
- queue_tickets holds one row per walk-in patient ticket.
- The index speeds up "next ticket" lookups for a room where called_at IS NULL.
- priority lets triage staff move urgent cases up the queue.

Hope this helps!
