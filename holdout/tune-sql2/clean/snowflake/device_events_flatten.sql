-- IoT: explode the readings array from the raw VARIANT payload.
-- Note: payloads older than 2025 use "sensors" instead of "readings"; rest unchanged.
CREATE OR REPLACE TRANSIENT TABLE iot.curated.device_readings AS
SELECT
    e.payload:device_id::STRING                     AS device_id,
    e.payload:site.code::STRING                     AS site_code,
    TO_TIMESTAMP_NTZ(r.value:ts::NUMBER, 3)         AS reading_ts,
    r.value:metric::STRING                          AS metric,
    r.value:value::FLOAT                            AS metric_value,
    r.index                                         AS position_in_batch
FROM iot.raw.device_events e,
     LATERAL FLATTEN(input => COALESCE(e.payload:readings, e.payload:sensors), outer => FALSE) r
WHERE e.ingested_at >= DATEADD(day, -7, CURRENT_TIMESTAMP())
QUALIFY ROW_NUMBER() OVER (
            PARTITION BY device_id, metric, reading_ts
            ORDER BY e.ingested_at DESC) = 1;

SELECT device_id,
       ARRAY_AGG(DISTINCT metric) WITHIN GROUP (ORDER BY metric) AS metrics,
       OBJECT_CONSTRUCT('n', COUNT(*), 'last', MAX(reading_ts))  AS stats
FROM iot.curated.device_readings
GROUP BY device_id
HAVING COUNT(*) > 10;
