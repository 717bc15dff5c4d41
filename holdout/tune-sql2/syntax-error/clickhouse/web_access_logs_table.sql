CREATE TABLE IF NOT EXISTS logs.web_access
(
    `ts`          DateTime,
    `host`        LowCardinality(String),
    `path`        String,
    `status`      UInt16,
    `bytes`       UInt64,
    `headers`     Map(String, Array(String),
    `user_agent`  String,
    `latency_ms`  Float32
)
ENGINE = MergeTree
PARTITION BY toYYYYMMDD(ts)
ORDER BY (host, ts)
TTL ts + INTERVAL 30 DAY;

INSERT INTO logs.web_access (ts, host, path, status, bytes, user_agent, latency_ms)
SELECT ts, host, path, status, bytes, user_agent, latency_ms
FROM logs.web_access_buffer;
