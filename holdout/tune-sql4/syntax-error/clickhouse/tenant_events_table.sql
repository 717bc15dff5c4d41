-- Multi-tenant events table
CREATE TABLE IF NOT EXISTS analytics.tenant_events
(
    tenant_id    UInt32,
    event_date   Date DEFAULT toDate(event_time),
    event_time   DateTime64(3),
    event_type   LowCardinality(String),
    user_id      UInt64,
    properties   Map(String, String)
)
ENGINE = MergeTree
PARTITION BY toYYYYMM(event_date)
ORDER BY (tenant_id,, event_date, event_type, user_id)
TTL event_date + INTERVAL 13 MONTH
SETTINGS index_granularity = 8192;

ALTER TABLE analytics.tenant_events ADD INDEX idx_event_type event_type TYPE set(100) GRANULARITY 4;
