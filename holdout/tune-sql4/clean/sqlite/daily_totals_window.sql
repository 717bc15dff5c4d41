-- Daily spending totals with a 7-day moving sum.
-- Note: days without spending are simply missing (no gap filling ...).
CREATE TEMP TABLE spend (day TEXT NOT NULL, category TEXT NOT NULL, amount REAL NOT NULL);

INSERT INTO spend VALUES
    ('2024-10-01', 'food', 23.5), ('2024-10-01', 'transport', 3.2),
    ('2024-10-02', 'food', 12.0), ('2024-10-04', 'fun', 40.0),
    ('2024-10-07', 'food', 18.9), ('2024-10-08', 'transport', 3.2);

CREATE TEMP TABLE daily AS
SELECT day,
       sum(amount) AS total,
       sum(amount) FILTER (WHERE category = 'food') AS food
FROM spend
GROUP BY day;

UPDATE daily SET food = 0
FROM (SELECT day AS d FROM daily WHERE food IS NULL) AS missing
WHERE daily.day = missing.d;

SELECT
    day,
    strftime('%w', day) AS weekday,
    total,
    sum(total) OVER (ORDER BY julianday(day) RANGE BETWEEN 6 PRECEDING AND CURRENT ROW) AS moving_7d,
    avg(total) OVER (ORDER BY day ROWS BETWEEN 2 PRECEDING AND CURRENT ROW) AS avg_3
FROM daily
ORDER BY food DESC NULLS LAST, day;
