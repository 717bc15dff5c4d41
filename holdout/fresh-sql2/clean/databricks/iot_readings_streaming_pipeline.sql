-- Lakeflow declarative pipeline (SQL). Columns omitted from the source
-- files are inferred by read_files; nothing is listed by hand here.
CREATE OR REFRESH STREAMING TABLE iot_readings_bronze
COMMENT 'Raw device readings...'
AS SELECT *, _metadata.file_path AS source_file
FROM STREAM read_files('/Volumes/iot/raw/readings/', format => 'json');

CREATE OR REFRESH STREAMING TABLE iot_readings_silver (
  CONSTRAINT valid_device EXPECT (device_id IS NOT NULL) ON VIOLATION DROP ROW,
  CONSTRAINT sane_temp    EXPECT (temp_c BETWEEN -50 AND 150)
)
AS SELECT device_id,
          CAST(reading_ts AS TIMESTAMP) AS reading_ts,
          CAST(temp_c AS DOUBLE)        AS temp_c,
          source_file
FROM STREAM(iot_readings_bronze);

CREATE OR REFRESH MATERIALIZED VIEW iot_hourly_gold
AS SELECT device_id,
          date_trunc('HOUR', reading_ts) AS hour,
          avg(temp_c)                    AS avg_temp_c,
          max(temp_c)                    AS max_temp_c,
          count(*)                       AS readings
FROM iot_readings_silver
GROUP BY ALL;
