-- Bronze clickstream landing table
CREATE TABLE IF NOT EXISTS main.bronze.clickstream (
  event_id STRING,
  user_id STRING,
  event_type STRING,
  event_ts TIMESTAMP,
  event_date DATE GENERATED ALWAYS AS (CAST(event_ts AS DATE)),
  url STRING,
  referrer STRING,
  raw STRING
)
USING DELTA
PARTITIONED BY (<partition columns>)
TBLPROPERTIES (delta.autoOptimize.optimizeWrite = true);
