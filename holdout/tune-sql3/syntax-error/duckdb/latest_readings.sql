-- Latest readings per sensor from the parquet lake
SELECT
    sensor_id,
    reading_ts,
    value
FROM read_parquet('lake/readings/*.parquet')
WHERE reading_ts >= now() - INTERVAL 1 DAY
LIMIT 500
ORDER BY reading_ts DESC;

SELECT sensor_id, max(reading_ts) AS last_seen
FROM read_parquet('lake/readings/*.parquet')
GROUP BY ALL
ORDER BY last_seen;
