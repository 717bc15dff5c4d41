CREATE OR REPLACE STAGE raw.public.events_stage
  URL = 's3://acme-events/landing/'
  STORAGE_INTEGRATION = s3_events_int
  FILE_FORMAT = (TYPE = JSON STRIP_OUTER_ARRAY = TRUE);

CREATE OR REPLACE PIPE raw.public.events_pipe AUTO_INGEST = TRUE AS
COPY INTO raw.public.events (payload, loaded_at)
FROM (SELECT $1, CURRENT_TIMESTAMP() FROM @raw.public.events_stage);

CREATE OR REPLACE TASK analytics.public.refresh_sessions
  WAREHOUSE = transform_wh
  SCHEDULE = 'USING CRON 0 * * * * UTC'
AS
  MERGE INTO analytics.public.sessions t
  USING (
    SELECT payload:session_id::STRING AS session_id,
           MIN(payload:ts::TIMESTAMP_NTZ) AS started_at,
           MAX(payload:ts::TIMESTAMP_NTZ) AS ended_at
    FROM raw.public.events
    GROUP BY 1
  ) s ON t.session_id = s.session_id
  WHEN MATCHED THEN UPDATE SET t.ended_at = s.ended_at
  WHEN NOT MATCHED THEN INSERT (session_id, started_at, ended_at)
    VALUES (s.session_id, s.started_at, s.ended_at);
