-- Flatten product impressions out of the event payload.
-- Note: payload schema is unchanged since v3 of the tracker.
SELECT
    e.event_id,
    e.payload:context.page.url::string         AS page_url,
    e.payload:"user"."anonymousId"::string     AS anonymous_id,
    GET_PATH(e.payload, 'context.locale')::string AS locale,
    imp.index                                  AS position,
    imp.value:product_id::string               AS product_id,
    TRY_TO_NUMBER(imp.value:price::string, 12, 2) AS price
FROM analytics.raw.events e,
     LATERAL FLATTEN(input => e.payload:impressions, OUTER => TRUE) imp
WHERE e.event_type = 'product_list_viewed'
  AND e.event_ts >= DATEADD(day, -1, CURRENT_TIMESTAMP())
QUALIFY ROW_NUMBER() OVER (PARTITION BY e.event_id, imp.index ORDER BY e.event_ts) = 1