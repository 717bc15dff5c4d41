CREATE TABLE pageviews_raw
(
    ts       DateTime,
    page     String,
    visitor  UInt64,
    ms       UInt32
)
ENGINE = MergeTree
ORDER BY (page, ts);

CREATE TABLE pageviews_hourly
(
    hour      DateTime,
    page      String,
    views     AggregateFunction(count),
    visitors  AggregateFunction(uniq, UInt64),
    avg_ms    AggregateFunction(avg, UInt32)
)
ENGINE = AggregatingMergeTree
ORDER BY (page, hour);

CREATE MATERIALIZED VIEW pageviews_hourly_mv TO pageviews_hourly AS
SELECT
    toStartOfHour(ts)  AS hour,
    page,
    countState()       AS views,
    uniqState(visitor) AS visitors,
    avgState(ms)       AS avg_ms
FROM pageviews_raw
GROUP BY hour, page;

INSERT INTO pageviews_raw
SELECT toDateTime('2024-05-01 00:00:00') + number * 61, concat('/docs/', toString(number % 7)), number % 900, 100 + number % 700
FROM numbers(5000);

SELECT
    page,
    countMerge(views)     AS views,
    uniqMerge(visitors)   AS visitors,
    round(avgMerge(avg_ms)) AS avg_ms
FROM pageviews_hourly
GROUP BY page
ORDER BY views DESC
LIMIT 10;
