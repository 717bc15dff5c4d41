-- Most recent device seen for each user
CREATE OR REPLACE TABLE analytics.marts.user_latest_device AS
SELECT
    d.user_id,
    d.device_id,
    d.os_name,
    d.os_version,
    d.app_version,
    d.seen_at
FROM analytics.raw.device_sightings d
WHERE d.seen_at >= DATEADD(day, -90, CURRENT_DATE())
QUALIFY ROW_NUMBER() OVER (PARTI TION BY d.user_id ORDER BY d.seen_at DESC) = 1;

ALTER TABLE analytics.marts.user_latest_device SET DATA_RETENTION_TIME_IN_DAYS = 7;

SELECT COUNT(*) FROM analytics.marts.user_latest_device;
