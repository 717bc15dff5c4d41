-- Refresh the device health table; Snowflake Scripting procedure with a $$ body.
-- Note: the rest of the health checks run in the streaming job; this is the batch backfill.
CREATE OR REPLACE PROCEDURE iot.ops.refresh_device_health(lookback_days INTEGER)
RETURNS VARCHAR
LANGUAGE SQL
EXECUTE AS CALLER
AS
$$
DECLARE
    affected INTEGER DEFAULT 0;
BEGIN
    DELETE FROM iot.mart.device_health
    WHERE health_date >= DATEADD(day, -1 * :lookback_days, CURRENT_DATE());

    INSERT INTO iot.mart.device_health (device_id, health_date, msgs, avg_battery, last_fw)
    SELECT m.msg:device_id::STRING,
           TO_DATE(m.msg:ts::TIMESTAMP_NTZ),
           COUNT(*),
           AVG(m.msg:battery.pct::FLOAT),
           MAX_BY(m.msg:fw::STRING, m.msg:ts::TIMESTAMP_NTZ)
    FROM iot.raw.device_messages m
    WHERE m.msg:ts::TIMESTAMP_NTZ >= DATEADD(day, -1 * :lookback_days, CURRENT_DATE())
    GROUP BY 1, 2;

    affected := SQLROWCOUNT;
    RETURN 'refreshed ' || affected || ' rows';
EXCEPTION
    WHEN OTHER THEN
        RETURN 'failed: ' || SQLERRM;
END;
$$;

CALL iot.ops.refresh_device_health(3);
