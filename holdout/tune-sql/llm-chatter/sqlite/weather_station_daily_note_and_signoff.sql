CREATE TABLE IF NOT EXISTS observations (
    station TEXT NOT NULL,
    observed_at TEXT NOT NULL,
    temp_c REAL,
    rain_mm REAL,
    PRIMARY KEY (station, observed_at)
);

Note: SQLite stores timestamps as TEXT here, so make sure they are ISO-8601.

SELECT station,
       date(observed_at) AS day,
       min(temp_c) AS t_min,
       max(temp_c) AS t_max,
       round(sum(rain_mm), 1) AS rain_total
FROM observations
GROUP BY station, day
ORDER BY station, day;

Let me know if you need anything else!
