-- Key/value cache with STRICT typing and UPSERT.
-- Note: rows whose value is unchanged still bump hits; that is intended.
CREATE TABLE IF NOT EXISTS cache (
    namespace TEXT NOT NULL,
    key TEXT NOT NULL,
    value BLOB,
    hits INTEGER NOT NULL DEFAULT 0,
    expires_at INTEGER,
    size INTEGER GENERATED ALWAYS AS (length(value)) VIRTUAL,
    PRIMARY KEY (namespace, key)
) STRICT, WITHOUT ROWID;

CREATE INDEX IF NOT EXISTS cache_expiry_idx ON cache (expires_at) WHERE expires_at IS NOT NULL;

INSERT INTO cache (namespace, key, value, expires_at)
VALUES ('http', '/api/users?page=1', x'7b7d', unixepoch() + 300)
ON CONFLICT (namespace, key) DO UPDATE
SET value = excluded.value,
    expires_at = excluded.expires_at,
    hits = hits + 1;

INSERT INTO cache (namespace, key, value) VALUES ('http', '/api/users?page=1', x'5b5d')
ON CONFLICT DO UPDATE SET hits = hits + 1 WHERE excluded.value IS NOT value;

DELETE FROM cache WHERE expires_at < unixepoch() RETURNING namespace, key;

SELECT namespace, count(*), sum(size) FROM cache GROUP BY namespace;
