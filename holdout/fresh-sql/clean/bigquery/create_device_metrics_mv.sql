-- Hourly device metrics: partitioned table plus a materialized view on top.
CREATE TABLE IF NOT EXISTS `acme-iot.telemetry.device_metrics` (
  device_id STRING NOT NULL,
  metric_ts TIMESTAMP NOT NULL,
  readings ARRAY<STRUCT<name STRING, value FLOAT64>>,
  tags JSON
)
PARTITION BY DATE(metric_ts)
CLUSTER BY device_id
OPTIONS (partition_expiration_days = 180, require_partition_filter = TRUE);

CREATE MATERIALIZED VIEW IF NOT EXISTS `acme-iot.telemetry.device_metrics_hourly`
PARTITION BY DATE(hour_ts)
CLUSTER BY device_id
AS
SELECT device_id,
       TIMESTAMP_TRUNC(metric_ts, HOUR) AS hour_ts,
       COUNT(*) AS samples
FROM `acme-iot.telemetry.device_metrics`
GROUP BY device_id, hour_ts;