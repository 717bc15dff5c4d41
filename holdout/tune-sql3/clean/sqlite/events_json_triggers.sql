-- Here is the event log ... payloads are JSON text.
CREATE TABLE IF NOT EXISTS events (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    kind TEXT NOT NULL,
    payload TEXT NOT NULL CHECK (json_valid(payload)),
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

CREATE TABLE IF NOT EXISTS user_stats (user_id INTEGER PRIMARY KEY, logins INTEGER NOT NULL DEFAULT 0);

CREATE TRIGGER IF NOT EXISTS events_login_ai
AFTER INSERT ON events
WHEN NEW.kind = 'login'
BEGIN
    INSERT INTO user_stats (user_id, logins) VALUES (NEW.payload ->> '$.user_id', 1)
    ON CONFLICT (user_id) DO UPDATE SET logins = logins + 1;
END;

INSERT INTO events (kind, payload) VALUES
    ('login', json_object('user_id', 7, 'ip', '10.0.0.1')),
    ('login', '{"user_id": 7, "ip": "10.0.0.2"}'),
    ('logout', json('{"user_id": 7}'))
RETURNING id, created_at;

SELECT e.kind, json_extract(e.payload, '$.ip') AS ip, j.key, j.value
FROM events AS e, json_each(e.payload) AS j
WHERE j.key <> 'user_id';