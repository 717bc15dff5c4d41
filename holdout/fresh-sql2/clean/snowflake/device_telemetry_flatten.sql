CREATE OR REPLACE TEMPORARY TABLE device_events AS
SELECT PARSE_JSON(column1) AS payload
FROM VALUES
    ('{"device": {"id": "d-01", "fw": "2.1.0"}, "readings": [{"k": "temp", "v": 21.5}, {"k": "rh", "v": 40}]}'),
    ('{"device": {"id": "d-02", "fw": "2.0.9"}, "readings": [{"k": "temp", "v": 19.0}]}'),
    ('{"device": {"id": "d-03"}, "note": "firmware unknown...", "readings": []}');

SELECT payload:device.id::STRING            AS device_id,
       COALESCE(payload:device.fw::STRING, 'n/a') AS firmware,
       r.index                              AS reading_no,
       r.value:k::STRING                    AS metric,
       r.value:v::FLOAT                     AS reading
FROM device_events,
     LATERAL FLATTEN(input => payload:readings, outer => TRUE) AS r
ORDER BY device_id, reading_no;

SELECT payload:device.id::STRING AS device_id,
       ARRAY_SIZE(payload:readings)  AS reading_count,
       OBJECT_KEYS(payload)          AS top_level_keys,
       TRY_TO_NUMBER(SPLIT_PART(payload:device.fw::STRING, '.', 1)) AS fw_major
FROM device_events
WHERE payload:device.fw IS NOT NULL;

SELECT OBJECT_AGG(payload:device.id::STRING, payload:device.fw) AS fw_by_device
FROM device_events;
