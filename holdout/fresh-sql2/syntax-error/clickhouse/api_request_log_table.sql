CREATE TABLE IF NOT EXISTS api_requests
(
    request_id   UUID,
    received_at  DateTime64(3),
    method       LowCardinality(String),
    path         String
    status_code  UInt16,
    latency_ms   UInt32,
    client_ip    IPv4
)
ENGINE = MergeTree
PARTITION BY toDate(received_at)
ORDER BY (path, received_at);

SELECT path, count() AS requests, avg(latency_ms) AS avg_ms
FROM api_requests
GROUP BY path;
