CREATE EXTENSION IF NOT EXISTS btree_gist;

CREATE TABLE IF NOT EXISTS iot.measurements (
    device_id    bigint       NOT NULL,
    measured_at  timestamptz  NOT NULL,
    value        double precision,
    value_f      double precision GENERATED ALWAYS AS (value * 9 / 5 + 32) STORED,
    payload      jsonb        NOT NULL DEFAULT '{}'::jsonb,
    PRIMARY KEY (device_id, measured_at)
) PARTITION BY RANGE (measured_at);

CREATE TABLE IF NOT EXISTS iot.measurements_2024_10
    PARTITION OF iot.measurements
    FOR VALUES FROM ('2024-10-01') TO ('2024-11-01');

CREATE TABLE IF NOT EXISTS iot.device_assignments (
    device_id  bigint NOT NULL,
    site_id    bigint NOT NULL,
    during     tstzrange NOT NULL,
    EXCLUDE USING gist (device_id WITH =, during WITH &&)
);

CREATE INDEX CONCURRENTLY IF NOT EXISTS ix_measurements_payload
    ON iot.measurements_2024_10 USING gin (payload jsonb_path_ops);

COMMENT ON TABLE iot.measurements IS 'Raw readings; schema unchanged since v2 ...';