CREATE TABLE IF NOT EXISTS iot_silver.sensor_readings (
    sensor_id STRING,
    reading_ts TIMESTAMP,
    value DOUBLE,
    unit STRING,
    reading_date DATE GENERATED ALWAYS AS (CAST(reading_ts AS DATE))
) USING DELTA
PARTITIONED BY (reading_date);

MERGE INTO iot_silver.sensor_readings AS t
USING iot_bronze.sensor_batch AS s
ON t.sensor_id = s.sensor_id AND t.reading_ts = s.reading_ts
WHEN MATCHED THEN UPDATE SET t.value = s.value, t.unit = s.unit
WHEN NOT MATCHED THEN INSERT (sensor_id, reading_ts, value, unit)
VALUES (s.sensor_id, s.reading_ts, s.val