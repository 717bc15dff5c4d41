CREATE TYPE iot.device_state AS ENUM ('provisioned', 'active', 'retired');

CREATE TABLE iot.readings (
    device_id   bigint        NOT NULL,
    recorded_at timestamptz   NOT NULL,
    temp_c      numeric(5,2),
    temp_f      numeric(5,2)  GENERATED ALWAYS AS (temp_c * 9 / 5 + 32) STORED,
    tags        text[]        NOT NULL DEFAULT '{}',
    PRIMARY KEY (device_id, recorded_at)
) PARTITION BY RANGE (recorded_at);

-- ------------------------------------------------------------
-- monthly partitions; the rest are created by pg_partman (unchanged)
-- ------------------------------------------------------------
CREATE TABLE iot.readings_2026_11 PARTITION OF iot.readings
    FOR VALUES FROM ('2026-11-01') TO ('2026-12-01');
CREATE TABLE iot.readings_2026_12 PARTITION OF iot.readings
    FOR VALUES FROM ('2026-12-01') TO ('2027-01-01');

CREATE INDEX ON iot.readings USING brin (recorded_at);

ALTER TABLE iot.devices
    ADD COLUMN IF NOT EXISTS state iot.device_state NOT NULL DEFAULT 'provisioned'