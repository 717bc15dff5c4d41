-- Habits with at least 5 check-ins this month
CREATE TABLE IF NOT EXISTS habits (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS checkins (habit_id INTEGER NOT NULL, day TEXT NOT NULL);

SELECT
    h.name,
    COUNT(*) AS checkins_this_month,
    MIN(c.day) AS first_day,
    MAX(c.day) AS last_day
FROM habits h
JOIN checkins c ON c.habit_id = h.id
WHERE c.day >= date('now', 'start of month')
HAVING COUNT(*) >= 5
GROUP BY h.name
ORDER BY checkins_this_month DESC;

SELECT COUNT(*) FROM checkins;
