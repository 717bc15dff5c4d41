CREATE TABLE IF NOT EXISTS sensor_readings (
    sensor_id   VARCHAR NOT NULL,
    site        VARCHAR,
    read_at     TIMESTAMP NOT NULL,
    temp_c      DOUBLE
    humidity    DOUBLE,
    battery_v   DOUBLE,
    PRIMARY KEY (sensor_id, read_at)
);

INSERT INTO sensor_readings
SELECT sensor_id, site, read_at, temp_c, humidity, battery_v
FROM read_csv('sensors/2026-12-*.csv', header = true, timestampformat = '%Y-%m-%dT%H:%M:%S');

SELECT site, count(*) AS n, min(read_at), max(read_at)
FROM sensor_readings
GROUP BY site;
