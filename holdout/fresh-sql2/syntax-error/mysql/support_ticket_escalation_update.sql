CREATE TABLE IF NOT EXISTS tickets (
    ticket_id   INT PRIMARY KEY,
    priority    TINYINT NOT NULL,
    status      VARCHAR(16) NOT NULL,
    assignee    VARCHAR(40),
    opened_at   DATETIME NOT NULL
);

INSERT INTO tickets VALUES
    (1, 3, 'open', NULL,   '2024-06-01 08:00:00'),
    (2, 2, 'open', 'sam',  '2024-06-03 14:00:00');

UPDATE tickets
SET priority = LEAST(priority, 1),
    status   = 'escalated
WHERE status = 'open'
  AND opened_at < NOW() - INTERVAL 48 HOUR;

SELECT ticket_id, priority, status FROM tickets ORDER BY ticket_id;
