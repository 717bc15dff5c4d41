CREATE TABLE battery (
    device_id   VARCHAR,
    reported_at TIMESTAMP,
    level_pct   DOUBLE,
    voltage     DOUBLE,
    firmware    VARCHAR
);

INSERT INTO battery VALUES
    ('dev-1', TIMESTAMP '2024-03-01 00:00', 88.0, 3.91, '1.4.2'),
    ('dev-2', TIMESTAMP '2024-03-01 00:00', 12.5, 3.41, '1.3.9');

SELECT * EXLCUDE (voltage, firmware)
FROM battery
WHERE level_pct < 20
ORDER BY level_pct;
