-- Daily sensor statistics
SELECT
  sensor_id,
  to_date(reading_ts) AS reading_date,
  avg(value) AS avg_value,
  percentile_approx(value, 0.95)) AS p95_value,
  max(value) AS max_value,
  count(*) AS readings
FROM main.silver.sensor_readings
WHERE reading_ts >= current_date() - INTERVAL 7 DAYS
GROUP BY sensor_id, to_date(reading_ts)
ORDER BY sensor_id, reading_date;

SELECT count(DISTINCT sensor_id) AS sensors FROM main.silver.sensor_readings;
