-- Session housekeeping for the local web app
CREATE TABLE sessions (
    token       TEXT PRIMARY KEY,
    user_id     INTEGER NOT NULL,
    created_at  TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP,
    last_seen   TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP
);

INSERT INTO sessions (token, user_id, last_seen) VALUES
    ('a1', 1, '2024-01-01 10:00:00'),
    ('b2', 2, datetime('now'));

UPDATE sessions SET last_seen = datetime('now') WHERE token = 'b2';

DELETE FROM sessions
WHERE
