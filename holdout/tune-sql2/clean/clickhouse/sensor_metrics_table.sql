-- IoT sensor metrics. Note: the rest of the raw columns stay in Kafka (unchanged).
CREATE TABLE IF NOT EXISTS iot.sensor_metrics
(
    `device_id`   UInt64,
    `site`        LowCardinality(String),
    `metric`      LowCardinality(String),
    `ts`          DateTime64(3, 'UTC') CODEC(Delta, ZSTD(3)),
    `value`       Float64 CODEC(Gorilla),
    `tags`        Map(String, String),
    `flags`       Array(UInt8) DEFAULT [],
    `ingest_date` Date MATERIALIZED toDate(ts)
)
ENGINE = MergeTree
PARTITION BY toYYYYMM(ts)
ORDER BY (site, metric, device_id, ts)
TTL toDateTime(ts) + INTERVAL 180 DAY DELETE
SETTINGS index_granularity = 8192;

ALTER TABLE iot.sensor_metrics
    ADD INDEX IF NOT EXISTS idx_value value TYPE minmax GRANULARITY 4;

INSERT INTO iot.sensor_metrics (device_id, site, metric, ts, value, tags)
VALUES
    (1001, 'plant-a', 'temp_c', '2026-12-01 08:00:00.000', 21.4, map('line', '3')),
    (1001, 'plant-a', 'rh_pct', '2026-12-01 08:00:00.000', 44.0, map('note', 'TODO: recalibrate ...'));
