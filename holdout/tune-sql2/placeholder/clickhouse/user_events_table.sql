CREATE TABLE IF NOT EXISTS product.user_events
(
    event_date   Date,
    event_time   DateTime64(3),
    user_id      UInt64,
    event_name   LowCardinality(String),
    …
    properties   Map(String, String)
)
ENGINE = MergeTree
PARTITION BY toYYYYMM(event_date)
ORDER BY (event_name, user_id, event_time);

INSERT INTO product.user_events (event_date, event_time, user_id, event_name, properties)
SELECT toDate(ts), ts, user_id, name, map()
FROM product.events_buffer;
