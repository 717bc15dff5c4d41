-- Habit tracker: habits and daily check-ins
CREATE TABLE habits (
    id    INTEGER PRIMARY KEY,
    name  TEXT NOT NULL UNIQUE
);

CREATE TABLE checkins (
    habit_id INTEGER NOT NULL REFERENCES habits(id),
    day      TEXT NOT NULL,
    PRIMARY KEY (habit_id, day)
);

INSERT INTO habits (name) VALUES ('read'), ('run'), ('meditate');

INSE RT INTO checkins (habit_id, day)
SELECT id, date('now') FROM habits WHERE name IN ('read', 'run');

SELECT h.name, count(c.day) AS streak_days
FROM habits h LEFT JOIN checkins c ON c.habit_id = h.id
GROUP BY h.name;
