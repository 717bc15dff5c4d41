CREATE TABLE sensor_sites
(
    site_id   UInt64,
    site_name String,
    region    String
)
ENGINE = MergeTree
ORDER BY site_id;

INSERT INTO sensor_sites VALUES (1, 'Dock A', 'north'), (2, 'Dock B', 'north'), (3, 'Yard', 'south');

CREATE DICTIONARY site_dict
(
    site_id   UInt64,
    site_name String,
    region    String
)
PRIMARY KEY site_id
SOURCE(CLICKHOUSE(TABLE 'sensor_sites'))
LAYOUT(FLAT())
LIFETIME(MIN 0 MAX 300);

CREATE TABLE sensor_metrics
(
    site_id  UInt64,
    ts       DateTime,
    temp_c   Float32,
    status   Enum8('ok' = 0, 'warn' = 1, 'fault' = 2)
)
ENGINE = MergeTree
ORDER BY (site_id, ts);

INSERT INTO sensor_metrics
SELECT 1 + number % 3, toDateTime('2024-08-01 00:00:00') + number * 300, 15 + (number % 20) / 2, 'ok'
FROM numbers(2000);

ALTER TABLE sensor_metrics ADD COLUMN IF NOT EXISTS temp_f Float32 DEFAULT temp_c * 9 / 5 + 32;
ALTER TABLE sensor_metrics UPDATE status = 'warn' WHERE temp_c > 22 SETTINGS mutations_sync = 1;
ALTER TABLE sensor_metrics DELETE WHERE ts < '2024-08-01 01:00:00' SETTINGS mutations_sync = 1;

SELECT
    dictGet('site_dict', 'region', site_id) AS region,
    status,
    count()                                 AS readings,
    round(avg(temp_f), 1)                   AS avg_f
FROM sensor_metrics
GROUP BY region, status
ORDER BY region, status;
