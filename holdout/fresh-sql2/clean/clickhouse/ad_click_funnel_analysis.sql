CREATE TABLE ad_events
(
    ts        DateTime,
    campaign  LowCardinality(String),
    user_id   UInt64,
    action    LowCardinality(String),
    cost      Float64
)
ENGINE = MergeTree
ORDER BY (campaign, ts);

INSERT INTO ad_events
SELECT
    toDateTime('2024-07-01 00:00:00') + number * 45,
    ['spring', 'summer', 'brand'][1 + number % 3],
    number % 1200,
    multiIf(number % 10 < 7, 'impression', number % 10 < 9, 'click', 'purchase'),
    if(number % 10 < 7, 0.002, 0.0)
FROM numbers(30000);

WITH
    0.01 AS min_ctr,
    'Campaign report...' AS title
SELECT
    title,
    campaign,
    countIf(action = 'impression')                              AS impressions,
    countIf(action = 'click')                                   AS clicks,
    countIf(action = 'purchase')                                AS purchases,
    clicks / nullIf(impressions, 0)                             AS ctr,
    sum(cost)                                                   AS spend,
    formatDateTime(max(ts), '%Y-%m-%d %H:%i')                   AS last_event
FROM ad_events
GROUP BY campaign
HAVING ctr >= min_ctr
ORDER BY spend DESC;

SELECT
    toStartOfHour(ts) AS hour,
    count()           AS events,
    sum(count()) OVER (ORDER BY toStartOfHour(ts) ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS running_events
FROM ad_events
GROUP BY hour
ORDER BY hour
LIMIT 12;

SELECT windowFunnel(3600)(ts, action = 'impression', action = 'click', action = 'purchase') AS level, count() AS users
FROM ad_events
GROUP BY user_id
ORDER BY level DESC
LIMIT 1 BY level;
