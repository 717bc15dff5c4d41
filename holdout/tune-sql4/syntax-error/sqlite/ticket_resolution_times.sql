-- Average resolution time per category
CREATE TABLE tickets (
    id        INTEGER PRIMARY KEY,
    category  TEXT NOT NULL,
    opened_at TEXT NOT NULL,
    closed_at TEXT
);

INSERT INTO tickets (category, opened_at, closed_at) VALUES
    ('billing', '2024-03-01 09:00', '2024-03-02 17:30'),
    ('billing', '2024-03-04 10:00', '2024-03-04 12:00'),
    ('login',   '2024-03-05 08:15', NULL);

SELECT
    category,
    count(*) AS tickets,
    round(avg(julianday(closed_at) - julianday(opened_at)), 1 AS avg_days
FROM tickets
WHERE closed_at IS NOT NULL
GROUP BY category
ORDER BY avg_days DESC;
