CREATE OR REPLACE VIEW product.core.v_app_events AS
SELECT
    e.event_id,
    e.payload:user_id::STRING        AS user_id,
    e.payload:event::STRING          AS event_name,
    e.payload:context.os::STRING     AS os,
    e.payload:context.app_version::STRING AS app_version,
    ...
    e.received_at
FROM product.raw.app_events e
WHERE e.received_at >= DATEADD(day, -30, CURRENT_TIMESTAMP());

GRANT SELECT ON VIEW product.core.v_app_events TO ROLE analyst;
