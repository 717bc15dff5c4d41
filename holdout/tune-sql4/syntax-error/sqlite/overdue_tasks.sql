-- Overdue open tasks per assignee
CREATE TABLE tasks (
    id        INTEGER PRIMARY KEY,
    title     TEXT NOT NULL,
    assignee  TEXT,
    done      INTEGER NOT NULL DEFAULT 0,
    due_date  TEXT
);

INSERT INTO tasks (title, assignee, done, due_date) VALUES
    ('Renew TLS certificate', 'ana', 0, '2024-01-15'),
    ('Rotate backups', 'ben', 1, '2024-02-01'),
    ('Update dependencies', 'ana', 0, '2099-01-01');

SELECT assignee, count(*) AS overdue
FROM tasks t
WHERE t.done = 0 and in addition t.due_date < date('now')
GROUP BY assignee
HAVING count(*) > 0
ORDER BY overdue DESC;

-- shown on the team dashboard every morning
