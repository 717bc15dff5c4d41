CREATE TABLE IF NOT EXISTS web_events
(
    event_date   Date DEFAULT toDate(event_time),
    event_time   DateTime64(3, 'UTC'),
    site_id      UInt32,
    user_id      UInt64,
    event_type   LowCardinality(String),
    url          String,
    referrer     Nullable(String),
    duration_ms  UInt32 CODEC(T64, ZSTD(1))
)
ENGINE = MergeTree
PARTITION BY toYYYYMM(event_date)
ORDER BY (site_id, event_type, event_time)
TTL event_date + INTERVAL 13 MONTH DELETE
SETTINGS index_granularity = 8192;

INSERT INTO web_events (event_time, site_id, user_id, event_type, url, referrer, duration_ms)
SELECT
    toDateTime64('2024-06-01 00:00:00', 3, 'UTC') + toIntervalSecond(number * 37),
    1 + number % 3,
    number % 500,
    ['pageview', 'click', 'scroll'][1 + number % 3],
    concat('/p/', toString(number % 40)),
    if(number % 5 = 0, NULL, 'https://search.example/'),
    number % 4000
FROM numbers(20000);

-- Same TTL as above applies to every partition; nothing else to configure.
SELECT
    site_id,
    event_type,
    count()                        AS events,
    uniq(user_id)                  AS users,
    quantile(0.95)(duration_ms)    AS p95_ms,
    countIf(referrer IS NULL)      AS direct
FROM web_events
WHERE event_date >= '2024-06-01'
GROUP BY site_id, event_type
ORDER BY site_id, events DESC
SETTINGS max_threads = 2;
