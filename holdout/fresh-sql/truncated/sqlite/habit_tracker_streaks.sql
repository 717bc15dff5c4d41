-- Current streak per habit for the mobile habit tracker (local SQLite store)
WITH days AS (
    SELECT habit_id,
           date(completed_at) AS d
    FROM completions
    GROUP BY habit_id, date(completed_at)
),
grouped AS (
    SELECT habit_id,
           d,
           julianday(d) - ROW_NUMBER() OVER (PARTITION BY habit_id ORDER BY d) AS grp
    FROM days
)
SELECT h.name,
       COUNT(*) AS streak_days,
       MIN(g.d) AS streak_start
FROM grouped g
JOIN habits h ON h.id = g.habit_id
WHERE g.grp = (SELECT grp FROM grouped g2 WHERE g2.habit_id = g.habit_id ORDER BY d DESC LIMIT 1)
GROUP BY h.na