CREATE OR REPLACE TEMP VIEW readings_scored AS
SELECT device_id,
       reading_ts,
       value,
       avg(value) OVER w                         AS rolling_avg,
       stddev(value) OVER w                      AS rolling_std,
       (value - avg(value) OVER w) / nullif(stddev(value) OVER w, 0) AS z_score
FROM iot.readings
WINDOW w AS (PARTITION BY device_id ORDER BY reading_ts ROWS BETWEEN 60 PRECEDING AND CURRENT ROW);

SELECT device_id, reading_ts, value, z_score
FROM readings_scored
WHERE abs(z_score) > 3
  AND reading_ts >= current_timestamp() - INTERVAL 1 DA