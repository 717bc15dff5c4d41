-- Metrics table with per-host projection
CREATE TABLE IF NOT EXISTS monitoring.metrics
(
    ts        DateTime CODEC(Delta, ZSTD(3)),
    host      LowCardinality(String),
    metric    LowCardinality(String),
    value     Float64 CODEC(Gorilla),
    tags      Map(LowCardinality(String), String)
    -- (projection definitions unchanged)
)
ENGINE = MergeTree
PARTITION BY toDate(ts)
ORDER BY (metric, host, ts)
TTL ts + INTERVAL 30 DAY DELETE;
