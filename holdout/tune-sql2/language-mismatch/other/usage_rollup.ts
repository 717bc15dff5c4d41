CREATE OR REPLACE TABLE saas.gold.usage_daily AS
SELECT
    u.value:tenant::STRING           AS tenant_id,
    TO_DATE(e.event_ts)              AS day,
    COUNT(*)                         AS api_calls,
    SUM(u.value:bytes::NUMBER)       AS bytes_out
FROM saas.raw.gateway_logs e,
     LATERAL FLATTEN(input => e.payload:usage) u
WHERE e.event_ts >= DATEADD(day, -35, CURRENT_TIMESTAMP())
GROUP BY 1, 2;

SELECT tenant_id, SUM(api_calls) AS calls_30d
FROM saas.gold.usage_daily
WHERE day >= DATEADD(day, -30, CURRENT_DATE())
GROUP BY tenant_id
ORDER BY calls_30d DESC;
