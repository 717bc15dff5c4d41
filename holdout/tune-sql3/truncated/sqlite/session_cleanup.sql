-- Clean up expired sessions
CREATE TABLE IF NOT EXISTS sessions (
    token TEXT PRIMARY KEY,
    user_id INTEGER NOT NULL,
    expires_at TEXT NOT NULL
);

INSERT INTO sessions VALUES ('abc', 1, datetime('now', '-2 days'));
INSERT INTO sessions VALUES ('def', 2, datetime('now', '+2 days'));

SELECT COUNT(*) AS expired FROM sessions WHERE expires_at < datetime('now');

DELETE FROM sessions
WHERE expires_at <
