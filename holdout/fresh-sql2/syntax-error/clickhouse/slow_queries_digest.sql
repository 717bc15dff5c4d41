CREATE TABLE IF NOT EXISTS query_log_copy
(
    event_time     DateTime,
    query_kind     LowCardinality(String),
    normalized     String,
    duration_ms    UInt64,
    read_rows      UInt64
)
ENGINE = MergeTree
ORDER BY event_time;

SELECT
    normalized,
    count()                            AS runs,
    countIf(duration_ms > )            AS slow_runs,
    quantile(0.99)(duration_ms)        AS p99_ms,
    sum(read_rows)                     AS rows_read
FROM query_log_copy
WHERE query_kind = 'Select'
GROUP BY normalized
ORDER BY p99_ms DESC
LIMIT 20;
