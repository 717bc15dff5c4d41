-- Upsert device registrations from the bronze CDC feed.
MERGE INTO iot_silver.devices AS t
USING (
    SELECT device_id, firmware, site_id, registered_at, updated_at
    FROM iot_bronze.device_cdc
    WHERE _ingest_date = current_date()
) AS s
ON t.device_id = s.device_id
WHEN MATCHED AND s.updated_at > THEN
    UPDATE SET t.firmware = s.firmware,
               t.site_id = s.site_id,
               t.updated_at = s.updated_at
WHEN NOT MATCHED THEN
    INSERT (device_id, firmware, site_id, registered_at, updated_at)
    VALUES (s.device_id, s.firmware, s.site_id, s.registered_at, s.updated_at);

OPTIMIZE iot_silver.devices ZORDER BY (site_id);
