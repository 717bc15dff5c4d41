CREATE TABLE IF NOT EXISTS events_daily
(
    day      Date,
    country  LowCardinality(String),
    events   UInt64
)
ENGINE = SummingMergeTree
ORDER BY (day, country);

CREATE MATERIALIZED VIEW IF NOT EXISTS events_daily_mv TO events_daily AS
SELECT toDate(ts) AS day, country, count() AS events
FROM events_raw
GROUP BY day, country;

-- [remaining 9 materialized views follow the same template]

SELECT day, sum(events) AS events FROM events_daily GROUP BY day ORDER BY day;
