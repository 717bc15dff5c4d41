-- Raw click stream, landing table for the Kafka consumer
CREATE TABLE IF NOT EXISTS ads.raw_clicks
(
    click_id     UUID,
    campaign_id  UInt32,
    ad_id        UInt64,
    clicked_at   DateTime,
    ip           IPv4,
    user_agent   String,
    country      LowCardinality(String)
)
ENGINE = MergeTree
PARTITION BY toYYYYMMDD(clicked_at)
ORDER BY (campaign_id, clicked_at)
SETTINGS index_granularity = 8192, ...;
