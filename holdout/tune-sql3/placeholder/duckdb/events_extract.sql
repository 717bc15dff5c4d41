-- Extract page events for the attribution model
COPY (
    SELECT
        user_id,
        session_id,
        event_ts,
        page_url
    FROM read_json_auto('raw/events/*.json.gz')
    WHERE event_type = 'page_view'
      AND {{ extra_filters }}
) TO 'out/page_events.parquet' (FORMAT parquet);

SELECT count(*) FROM 'out/page_events.parquet';
