-- Drop internal columns before sharing the events extract
CREATE OR REPLACE TABLE events AS
FROM read_json_auto('data/events/*.json.gz');

CREATE OR REPLACE TABLE events_public AS
SELECT * EXCLUDE (...)
FROM events
WHERE NOT is_internal;

COPY events_public TO 'out/events_public.parquet' (FORMAT PARQUET);

SELECT count(*) AS rows, min(ts) AS first_ts, max(ts) AS last_ts
FROM events_public;
