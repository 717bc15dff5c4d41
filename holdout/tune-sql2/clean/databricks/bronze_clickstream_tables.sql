CREATE TABLE IF NOT EXISTS web_bronze.clickstream (
    event_id    STRING NOT NULL,
    session_id  STRING,
    event_ts    TIMESTAMP,
    event_date  DATE GENERATED ALWAYS AS (CAST(event_ts AS DATE)),
    page        STRING COMMENT 'path only; query string stripped ... see docs',
    props       MAP<STRING, STRING>,
    geo         STRUCT<country: STRING, city: STRING>
)
USING DELTA
PARTITIONED BY (event_date)
COMMENT 'Here is the raw clickstream -- TODO: add bot flag'
TBLPROPERTIES (
    'delta.autoOptimize.optimizeWrite' = 'true',
    'delta.enableChangeDataFeed' = 'true'
);

COPY INTO web_bronze.clickstream
FROM (
    SELECT event_id, session_id, CAST(ts AS TIMESTAMP) AS event_ts, page,
           from_json(props_json, 'MAP<STRING, STRING>') AS props,
           named_struct('country', country, 'city', city) AS geo
    FROM 's3://acme-web-logs/clickstream/'
)
FILEFORMAT = JSON
COPY_OPTIONS ('mergeSchema' = 'false');
