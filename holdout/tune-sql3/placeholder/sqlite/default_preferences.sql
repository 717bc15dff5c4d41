-- Default preferences for new installs
CREATE TABLE IF NOT EXISTS preferences (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

INSERT OR IGNORE INTO preferences (key, value) VALUES
    ('theme', 'system'),
    ('language', 'en'),
    ('font_size', '14'), …;

SELECT key, value FROM preferences ORDER BY key;

SELECT COUNT(*) FROM preferences;
