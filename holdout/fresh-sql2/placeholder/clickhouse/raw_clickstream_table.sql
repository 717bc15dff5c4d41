CREATE TABLE IF NOT EXISTS clickstream_raw
(
    event_time   DateTime64(3),
    session_id   String,
    user_id      Nullable(UInt64),
    page_url     String,
    -- (other dimensions, as in the Kafka topic schema)
    ingest_time  DateTime DEFAULT now()
)
ENGINE = MergeTree
PARTITION BY toYYYYMMDD(event_time)
ORDER BY (session_id, event_time)
TTL toDate(event_time) + INTERVAL 30 DAY;
