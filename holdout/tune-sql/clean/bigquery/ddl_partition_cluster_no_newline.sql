CREATE SCHEMA IF NOT EXISTS `acme-prod.telemetry`
OPTIONS (location = 'US', default_table_expiration_days = 400);

CREATE TABLE IF NOT EXISTS `acme-prod.telemetry.device_pings`
(
  device_id STRING NOT NULL,
  ping_ts TIMESTAMP NOT NULL,
  firmware STRING,
  battery_pct NUMERIC(5, 2),
  location STRUCT<lat FLOAT64, lng FLOAT64>,
  readings ARRAY<STRUCT<sensor STRING, value FLOAT64>>,
  attributes JSON
)
PARTITION BY TIMESTAMP_TRUNC(ping_ts, DAY)
CLUSTER BY device_id, firmware
OPTIONS (require_partition_filter = TRUE, description = 'Raw device pings; rest of the device history is in cold storage');

CREATE OR REPLACE VIEW `acme-prod.telemetry.v_low_battery` AS
SELECT device_id, ping_ts, battery_pct
FROM `acme-prod.telemetry.device_pings`
WHERE DATE(ping_ts) = CURRENT_DATE()
  AND battery_pct < 15;