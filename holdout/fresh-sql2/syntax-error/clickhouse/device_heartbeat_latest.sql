CREATE TABLE IF NOT EXISTS heartbeats
(
    device_id   UInt64,
    seen_at     DateTime,
    firmware    String,
    battery_pct UInt8,
    version     UInt64
)
ENGINE = ReplacingMergeTree(version)
ORDER BY device_id;

SELECT
    device_id,
    seen_at,
    firmware,
    battery_pct
FROM heartbeats FINAL to get the latest version
WHERE battery_pct < 15
ORDER BY battery_pct;
