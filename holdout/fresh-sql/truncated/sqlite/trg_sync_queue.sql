-- Offline-first sync: queue local edits to field inspection records
CREATE TABLE IF NOT EXISTS inspections (
    id           INTEGER PRIMARY KEY,
    site_code    TEXT NOT NULL,
    inspector    TEXT NOT NULL,
    result       TEXT NOT NULL CHECK (result IN ('pass', 'fail', 'pending')),
    notes        TEXT,
    updated_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

CREATE TABLE IF NOT EXISTS sync_queue (
    seq          INTEGER PRIMARY KEY AUTOINCREMENT,
    table_name   TEXT NOT NULL,
    row_id       INTEGER NOT NULL,
    op           TEXT NOT NULL,
    queued_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

CREATE TRIGGER IF NOT EXISTS inspections_au
AFTER UPDATE ON inspections
FOR EACH ROW
WHEN OLD.result IS NOT NEW.result OR OLD.notes IS NOT NEW.notes
BEGIN
    INSERT INTO sync_queue (table_name, row_id, op)
    VALUES ('inspections', NEW.id, 'update');
