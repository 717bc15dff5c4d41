CREATE TABLE tasks (
    task_id   INTEGER PRIMARY KEY,
    board     TEXT NOT NULL,
    title     TEXT NOT NULL,
    due_date  TEXT,
    done      INTEGER NOT NULL DEFAULT 0
);

INSERT INTO tasks (board, title, due_date) VALUES
    ('home', 'Pay rent',        date('now')),
    ('work', 'Quarterly review', date('now', '+3 days'));

SELECT board,
       title,
       due_date
FORM tasks
WHERE done = 0
  AND due_date <= date('now')
ORDER BY board, due_date;
