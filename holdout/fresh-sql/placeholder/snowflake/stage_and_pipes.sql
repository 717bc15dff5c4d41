-- External stage + pipe for IoT device uploads
CREATE OR REPLACE FILE FORMAT iot.raw.ndjson_fmt
    TYPE = JSON
    STRIP_OUTER_ARRAY = FALSE;

CREATE OR REPLACE STAGE iot.raw.device_uploads
    URL = 's3://acme-iot-uploads/devices/'
    STORAGE_INTEGRATION = s3_iot_int
    FILE_FORMAT = iot.raw.ndjson_fmt;

CREATE OR REPLACE PIPE iot.raw.device_uploads_pipe AUTO_INGEST = TRUE AS
    COPY INTO iot.raw.device_messages (msg, file_name)
    FROM (SELECT $1, METADATA$FILENAME FROM @iot.raw.device_uploads);

-- (same for the other stages: gateway_uploads, firmware_reports)
