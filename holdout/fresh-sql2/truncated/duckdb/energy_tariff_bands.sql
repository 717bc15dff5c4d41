CREATE TABLE meter_readings AS
SELECT i AS reading_id,
       TIMESTAMP '2024-01-01 00:00' + INTERVAL (i * 30) MINUTE AS read_at,
       0.1 + (i % 17) * 0.05 AS kwh
FROM range(0, 1000) t(i);

SELECT read_at,
       kwh,
       CASE
           WHEN hour(read_at) BETWEEN 0 AND 6 THEN 'night'
           WHEN hour(read_at) BETWEEN 17 AND 20 THEN 'peak'
