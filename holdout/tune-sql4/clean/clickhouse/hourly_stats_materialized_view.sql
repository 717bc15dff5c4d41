CREATE TABLE IF NOT EXISTS web.hourly_stats
(
    hour        DateTime,
    path        String,
    hits        AggregateFunction(count),
    visitors    AggregateFunction(uniq, UInt64),
    p95_ms      AggregateFunction(quantile(0.95), UInt32)
)
ENGINE = AggregatingMergeTree
ORDER BY (hour, path);

CREATE MATERIALIZED VIEW IF NOT EXISTS web.hourly_stats_mv TO web.hourly_stats AS
SELECT
    toStartOfHour(event_time)   AS hour,
    path,
    countState()                AS hits,
    uniqState(user_id)          AS visitors,
    quantileState(0.95)(load_ms) AS p95_ms
FROM web.pageviews
GROUP BY hour, path;

-- Here is how the dashboard reads it back.
SELECT hour, path, countMerge(hits) AS hits, uniqMerge(visitors) AS visitors,
       quantileMerge(0.95)(p95_ms) AS p95_ms
FROM web.hourly_stats
WHERE hour >= now() - INTERVAL 1 DAY
GROUP BY hour, path
ORDER BY hits DESC
LIMIT 50;
