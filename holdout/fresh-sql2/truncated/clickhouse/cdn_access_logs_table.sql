CREATE TABLE IF NOT EXISTS cdn_access_logs
(
    ts            DateTime,
    pop           LowCardinality(String),
    client_ip     IPv6,
    host          LowCardinality(String),
    path          String,
    status        UInt16,
    bytes_sent    UInt64,
    cache_status  Enum8('HIT' = 1, 'MISS' = 2, 'BYPASS' = 3),
