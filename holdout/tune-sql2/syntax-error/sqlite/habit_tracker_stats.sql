CREATE TABLE IF NOT EXISTS habits (
    id    INTEGER PRIMARY KEY,
    name  TEXT NOT NULL,
    goal  INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE IF NOT EXISTS checkins (
    habit_id INTEGER NOT NULL REFERENCES habits(id),
    day      TEXT NOT NULL,
    count    INTEGER NOT NULL DEFAULT 1,
    PRIMARY KEY (habit_id, day)
);

SELECT h.name,
       count(c.day) AS days_logged,
       sum(c.count >= h.goal) AS days_met
FROM habits h
LEFT JOIN checkins c ON c.habit_id = h.id
WHERE c.day >= date('now', '-30 days')
  AND AND h.goal > 0
GROUP BY h.id
ORDER BY days_met DESC;

DELETE FROM checkins WHERE day < date('now', '-365 days');
