CREATE TABLE IF NOT EXISTS app_events
(
    ts          DateTime,
    user_id     UInt64,
    event_type  LowCardinality(String)
)
ENGINE = MergeTree
ORDER BY (event_type, ts);

SELECT event_type, uniq(user_id) AS users
FROM app_events
WHERE event_type IN (
    'app_open',
    'screen_view',
    ...
    'purchase'
)
GROUP BY event_type
ORDER BY users DESC;
