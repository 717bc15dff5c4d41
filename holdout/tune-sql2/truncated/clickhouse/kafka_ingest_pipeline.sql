CREATE TABLE IF NOT EXISTS ingest.events_queue
(
    raw String
)
ENGINE = Kafka
SETTINGS kafka_broker_list = 'kafka-1:9092',
         kafka_topic_list = 'app-events',
         kafka_group_name = 'ch-ingest',
         kafka_format = 'JSONAsString';

CREATE TABLE IF NOT EXISTS ingest.events
(
    event_time DateTime,
    user_id    UInt64,
    name       LowCardinality(String),
    props      String
)
ENGINE = MergeTree
ORDER BY (name, event_time);

CREATE MATERIALIZED VIEW IF NOT EXISTS ingest.events_mv TO ingest.events AS
SELECT
    parseDateTimeBestEffort(JSONExtractString(raw, 'ts')) AS event_time,
    JSONExtractUInt(raw, 'user_id')                        AS user_id,
    JSONExtractString(raw, 'name')                         AS name,
    raw                                                    AS props
FROM
