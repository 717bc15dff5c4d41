-- App events with a compact platform enum
CREATE TABLE IF NOT EXISTS app.events
(
    event_time  DateTime,
    user_id     UInt64,
    platform    Enum8('ios' = 1, 'android' = 2, <add the rest of the enum values>),
    event_name  LowCardinality(String),
    app_version String,
    payload     String
)
ENGINE = MergeTree
ORDER BY (event_name, event_time);

INSERT INTO app.events (event_time, user_id, platform, event_name, app_version, payload)
VALUES (now(), 1, 'ios', 'app_open', '5.2.0', '{}');
