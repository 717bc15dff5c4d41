-- ----------------------------------------------------------
-- Ingestion setup: stage, file format, table, stream, task
-- ----------------------------------------------------------
CREATE FILE FORMAT IF NOT EXISTS raw.ff_json
    TYPE = 'JSON'
    STRIP_OUTER_ARRAY = TRUE;

CREATE STAGE IF NOT EXISTS raw.s3_events
    URL = 's3://acme-events/prod/'
    STORAGE_INTEGRATION = s3_acme_events
    FILE_FORMAT = raw.ff_json;

CREATE TABLE IF NOT EXISTS raw.events (
    payload VARIANT,
    file_name STRING,
    loaded_at TIMESTAMP_LTZ DEFAULT CURRENT_TIMESTAMP()
);

COPY INTO raw.events (payload, file_name)
FROM (SELECT $1, METADATA$FILENAME FROM @raw.s3_events)
PATTERN = '.*[.]json'
ON_ERROR = 'SKIP_FILE';

CREATE OR REPLACE STREAM raw.events_stream ON TABLE raw.events;

CREATE OR REPLACE TASK raw.t_merge_events
    WAREHOUSE = ingest_wh
    SCHEDULE = 'USING CRON */15 * * * * UTC'
WHEN SYSTEM$STREAM_HAS_DATA('raw.events_stream')
AS
    INSERT INTO core.events SELECT payload, loaded_at FROM raw.events_stream;

ALTER TASK raw.t_merge_events RESUME;
