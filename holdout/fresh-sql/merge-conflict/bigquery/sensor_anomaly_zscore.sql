-- Flag sensor readings more than 3 standard deviations from the 7-day mean
WITH stats AS (
  SELECT sensor_id,
         AVG(value) AS mu,
         STDDEV(value) AS sigma
  FROM `acme-iot.telemetry.readings`
  WHERE reading_ts >= TIMESTAMP_SUB(CURRENT_TIMESTAMP(), INTERVAL 7 DAY)
  GROUP BY sensor_id
)
SELECT r.sensor_id, r.reading_ts, r.value,
<<<<<<< HEAD
       SAFE_DIVIDE(r.value - s.mu, s.sigma) AS z
=======
       SAFE_DIVIDE(r.value - s.mu, s.sigma) AS z_score,
       s.mu AS baseline
>>>>>>> feature/x
FROM `acme-iot.telemetry.readings` AS r
JOIN stats AS s USING (sensor_id)
WHERE ABS(SAFE_DIVIDE(r.value - s.mu, s.sigma)) > 3;
