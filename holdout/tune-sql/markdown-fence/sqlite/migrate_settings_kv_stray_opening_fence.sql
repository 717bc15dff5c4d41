```sql
BEGIN TRANSACTION;

CREATE TABLE settings_new (
    scope TEXT NOT NULL DEFAULT 'global',
    key TEXT NOT NULL,
    value TEXT,
    PRIMARY KEY (scope, key)
) WITHOUT ROWID;

INSERT INTO settings_new (key, value)
SELECT key, value FROM settings;

DROP TABLE settings;
ALTER TABLE settings_new RENAME TO settings;

COMMIT;
