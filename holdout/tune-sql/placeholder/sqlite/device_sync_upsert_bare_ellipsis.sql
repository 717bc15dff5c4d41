CREATE TABLE IF NOT EXISTS devices (
    device_id TEXT PRIMARY KEY,
    owner TEXT NOT NULL,
    last_seen INTEGER NOT NULL,
    app_version TEXT
) WITHOUT ROWID;

INSERT INTO devices (device_id, owner, last_seen, app_version)
VALUES ('a1f3', 'maria', 1764633600, '4.2.0')
ON CONFLICT(device_id) DO UPDATE SET
    last_seen = excluded.last_seen,
    app_version = excluded.app_version;

...

DELETE FROM devices WHERE last_seen < unixepoch() - 90 * 86400;
