CREATE TABLE telemetry.sensor_readings (
    sensor_id   integer NOT NULL,
    read_at     timestamptz NOT NULL,
    temperature numeric(5,2),
    humidity    numeric(5,2),
    battery_mv  integer,
    PRIMARY KEY (sensor_id, read_at)
) PARTITION BY RANGE (read_at);

CREATE TABLE telemetry.sensor_readings_2026_11
    PARTITION OF telemetry.sensor_readings
    FOR VALUES FROM ('2026-11-01') TO ('2026-12-01');

CREATE TABLE telemetry.sensor_readings_2026_12
    PARTITION OF telemetry.sensor_readings
    FOR VALUES FROM ('2026-12-01') TO ('2027-01-01');

CREATE INDEX ON telemetry.sensor_readings (read_at);
```
