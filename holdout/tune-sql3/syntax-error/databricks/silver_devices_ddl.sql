-- Silver layer device table
USE CATALOG main;
USE SCHEMA silver;

CRAETE TABLE IF NOT EXISTS devices (
  device_id STRING NOT NULL,
  account_id BIGINT,
  model STRING,
  firmware_version STRING,
  first_seen_at TIMESTAMP,
  last_seen_at TIMESTAMP
)
USING DELTA
COMMENT 'One row per device, deduplicated from bronze';

ALTER TABLE devices SET TBLPROPERTIES ('delta.enableChangeDataFeed' = 'true');
