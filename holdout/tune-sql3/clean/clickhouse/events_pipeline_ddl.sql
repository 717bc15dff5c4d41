-- -----------------------------------------------------------
-- Events pipeline: raw table, rollup target, materialized view
-- Note: TTL drops raw rows after 90 days; rollups are kept.
-- -----------------------------------------------------------
CREATE TABLE IF NOT EXISTS analytics.events_raw
(
    event_time DateTime64(3, 'UTC') CODEC(Delta, ZSTD(3)),
    event_date Date DEFAULT toDate(event_time),
    user_id UInt64,
    event_type LowCardinality(String),
    properties Map(String, String),
    tags Array(String),
    revenue Nullable(Decimal(12, 2))
)
ENGINE = MergeTree
PARTITION BY toYYYYMM(event_date)
ORDER BY (event_type, user_id, event_time)
TTL event_date + INTERVAL 90 DAY
SETTINGS index_granularity = 8192;

CREATE TABLE IF NOT EXISTS analytics.events_daily
(
    event_date Date,
    event_type LowCardinality(String),
    users AggregateFunction(uniq, UInt64),
    revenue SimpleAggregateFunction(sum, Decimal(38, 2))
)
ENGINE = AggregatingMergeTree
ORDER BY (event_date, event_type);

CREATE MATERIALIZED VIEW IF NOT EXISTS analytics.mv_events_daily
TO analytics.events_daily
AS SELECT
    event_date,
    event_type,
    uniqState(user_id) AS users,
    sum(coalesce(revenue, 0)) AS revenue
FROM analytics.events_raw
GROUP BY event_date, event_type;
