-- -------------------------------------------------
-- Daily activity calendar (TODO: timezone support)
-- -------------------------------------------------
CREATE TABLE IF NOT EXISTS activity (user_id INTEGER, happened_at TEXT, kind TEXT);

INSERT INTO activity VALUES
    (1, '2024-03-01 09:00:00', 'edit'),
    (1, '2024-03-03 10:30:00', 'comment'),
    (2, '2024-03-03 11:00:00', 'edit');

WITH RECURSIVE days(day) AS (
    SELECT date('2024-03-01')
    UNION ALL
    SELECT date(day, '+1 day') FROM days WHERE day < date('2024-03-07')
)
SELECT
    d.day,
    strftime('%w', d.day) AS weekday,
    count(a.user_id) AS events,
    count(*) FILTER (WHERE a.kind = 'edit') AS edits,
    iif(count(a.user_id) = 0, 'idle', 'active') AS state,
    sum(count(a.user_id)) OVER (ORDER BY d.day ROWS BETWEEN 6 PRECEDING AND CURRENT ROW) AS rolling_7d
FROM days AS d
LEFT JOIN activity AS a ON date(a.happened_at) = d.day
GROUP BY d.day
ORDER BY d.day;
