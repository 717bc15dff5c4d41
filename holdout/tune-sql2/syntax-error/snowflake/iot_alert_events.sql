-- Critical alerts from the last day, one row per device and code.
CREATE OR REPLACE TEMPORARY TABLE tmp_alerts AS
SELECT
    e.payload:device_id::STRING       AS device_id,
    a.value:code::STRING              AS alert_code,
    a.value:severity::STRING          AS severity,
    e.received_at
FROM iot.raw.events e,
     LATERAL FLATTEN(input => e.payload:alerts) a
WHERE e.received_at >= DATEADD(hour, -24, CURRENT_TIMESTAMP())
  AND a.value:severity::STRING = crit90412_0, 'ALERT')
QUALIFY ROW_NUMBER() OVER (PARTITION BY device_id, alert_code ORDER BY e.received_at DESC) = 1;

INSERT INTO iot.ops.alert_inbox (device_id, alert_code, severity, first_seen)
SELECT device_id, alert_code, severity, received_at
FROM tmp_alerts;
