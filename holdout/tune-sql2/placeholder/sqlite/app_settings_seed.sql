CREATE TABLE IF NOT EXISTS settings (
    key        TEXT PRIMARY KEY,
    value      TEXT NOT NULL,
    updated_at TEXT NOT NULL DEFAULT (datetime('now'))
);

INSERT OR REPLACE INTO settings (key, value) VALUES ('theme', 'dark');
INSERT OR REPLACE INTO settings (key, value) VALUES ('sync_interval_s', '300');
INSERT OR REPLACE INTO settings (key, value) VALUES ('locale', 'en-GB');
-- (remaining default settings as in the previous version)

SELECT key, value FROM settings ORDER BY key;
