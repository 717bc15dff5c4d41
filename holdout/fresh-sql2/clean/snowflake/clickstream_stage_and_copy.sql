USE ROLE loader;
USE WAREHOUSE load_wh;
USE SCHEMA analytics.raw;

CREATE FILE FORMAT IF NOT EXISTS ff_json_gz
    TYPE = JSON
    COMPRESSION = GZIP
    STRIP_OUTER_ARRAY = TRUE;

CREATE STAGE IF NOT EXISTS clickstream_stage
    URL = 's3://example-clickstream/events/'
    STORAGE_INTEGRATION = s3_clickstream_int
    FILE_FORMAT = (FORMAT_NAME = 'ff_json_gz');

CREATE TABLE IF NOT EXISTS clickstream_raw (
    payload     VARIANT,
    file_name   STRING,
    loaded_at   TIMESTAMP_LTZ DEFAULT CURRENT_TIMESTAMP()
);

LIST @clickstream_stage PATTERN = '.*2024/06/.*[.]json[.]gz';

COPY INTO clickstream_raw (payload, file_name)
FROM (
    SELECT $1, METADATA$FILENAME
    FROM @clickstream_stage
)
PATTERN = '.*2024/06/.*[.]json[.]gz'
ON_ERROR = 'SKIP_FILE'
PURGE = FALSE;

SELECT file_name, COUNT(*) AS events
FROM clickstream_raw
GROUP BY file_name
ORDER BY events DESC
LIMIT 20;
