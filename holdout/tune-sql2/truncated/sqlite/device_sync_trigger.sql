CREATE TABLE devices (
    id         TEXT PRIMARY KEY,
    owner      TEXT NOT NULL,
    last_seen  TEXT,
    version    INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE device_changes (
    device_id  TEXT NOT NULL,
    changed_at TEXT NOT NULL DEFAULT (datetime('now')),
    field      TEXT NOT NULL
);

CREATE TRIGGER devices_audit AFTER UPDATE ON devices
FOR EACH ROW
BEGIN
    INSERT INTO device_changes (device_id, field)
    SELECT NEW.id, 'owner' WHERE NEW.owner IS NOT OLD.owner;
    UPDATE devices SET version = OLD.version + 1 WHERE id = NEW.id;
