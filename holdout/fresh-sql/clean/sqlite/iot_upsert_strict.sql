-- Edge gateway buffer: STRICT tables and UPSERT of latest sensor state.
-- Note: the rest of the pipeline reads latest_state; readings is append-only.
CREATE TABLE readings (
    device_id  TEXT    NOT NULL,
    ts         INTEGER NOT NULL,
    metric     TEXT    NOT NULL,
    value      REAL    NOT NULL,
    PRIMARY KEY (device_id, ts, metric)
) STRICT;

CREATE TABLE latest_state (
    device_id  TEXT    NOT NULL,
    metric     TEXT    NOT NULL,
    ts         INTEGER NOT NULL,
    value      REAL    NOT NULL,
    PRIMARY KEY (device_id, metric)
) STRICT, WITHOUT ROWID;

INSERT INTO readings VALUES ('gw-01', 1764633600, 'temp', 21.4), ('gw-01', 1764633660, 'temp', 21.6);

INSERT INTO latest_state (device_id, metric, ts, value)
SELECT device_id, metric, ts, value FROM readings WHERE true
ON CONFLICT (device_id, metric) DO UPDATE
SET ts = excluded.ts,
    value = excluded.value
WHERE excluded.ts > latest_state.ts;

SELECT device_id, metric, value FROM latest_state;
