CREATE TABLE readings (
    sensor_id  TEXT    NOT NULL,
    taken_at   TEXT    NOT NULL,
    celsius    REAL    NOT NULL,
    humidity   REAL
);

-- Synthetic data: one reading every 30 minutes for two sensors.
WITH RECURSIVE ticks(n) AS (
    SELECT 0
    UNION ALL
    SELECT n + 1 FROM ticks WHERE n < 95
)
INSERT INTO readings (sensor_id, taken_at, celsius, humidity)
SELECT CASE n % 2 WHEN 0 THEN 'gh-east' ELSE 'gh-west' END,
       datetime('2024-07-01 00:00:00', printf('+%d minutes', n * 30)),
       18 + (n % 24) * 0.5,
       CASE WHEN n % 7 = 0 THEN NULL ELSE 55 + (n % 10) END
FROM ticks;

SELECT sensor_id,
       strftime('%Y-%m-%d %H:00', taken_at)                       AS hour,
       round(avg(celsius), 2)                                     AS avg_c,
       max(celsius) - min(celsius)                                AS spread_c,
       count(*) FILTER (WHERE humidity IS NULL)                   AS missing_humidity,
       round(avg(avg(celsius)) OVER (
           PARTITION BY sensor_id
           ORDER BY strftime('%Y-%m-%d %H:00', taken_at)
           ROWS BETWEEN 2 PRECEDING AND CURRENT ROW), 2)          AS rolling_3h
FROM readings
GROUP BY sensor_id, hour
ORDER BY sensor_id, hour
LIMIT 12;

SELECT sensor_id,
       taken_at,
       celsius,
       celsius - lag(celsius) OVER w AS delta
FROM readings
WINDOW w AS (PARTITION BY sensor_id ORDER BY taken_at)
ORDER BY abs(delta) DESC NULLS LAST
LIMIT 5;
