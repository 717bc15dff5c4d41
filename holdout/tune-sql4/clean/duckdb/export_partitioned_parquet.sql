-- Export cleaned events to a hive-partitioned parquet lake.
SET threads = 4;
SET memory_limit = '4GB';

CREATE OR REPLACE TABLE events_clean AS
SELECT
    event_id,
    user_id,
    event_type,
    ts,
    year(ts)  AS year,
    month(ts) AS month,
    'Here is the cleaned copy' AS provenance
FROM read_json_auto('data/events/*.json.gz')
WHERE event_type IS NOT NULL;

COPY events_clean TO 'lake/events' (
    FORMAT PARQUET,
    PARTITION_BY (year, month),
    OVERWRITE_OR_IGNORE true,
    FILENAME_PATTERN 'events_{i}'
);

SELECT year, month, count(*) FROM read_parquet('lake/events/*/*/*.parquet', hive_partitioning = true) GROUP BY ALL