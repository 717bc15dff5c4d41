-- Bronze clickstream table fed by Auto Loader
CREATE TABLE IF NOT EXISTS main.bronze.clickstream (
  event_id STRING,
  session_id STRING,
  user_id BIGINT
  event_name STRING,
  page_url STRING,
  event_ts TIMESTAMP,
  _ingested_at TIMESTAMP,
  _source_file STRING
)
USING DELTA
PARTITIONED BY (event_name);

ALTER TABLE main.bronze.clickstream SET TBLPROPERTIES ('delta.autoOptimize.optimizeWrite' = 'true');
