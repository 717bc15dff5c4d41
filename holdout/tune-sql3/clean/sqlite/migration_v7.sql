-- Migration v7 (the rest of the schema is unchanged)
PRAGMA foreign_keys = ON;

CREATE TABLE IF NOT EXISTS users (id INTEGER PRIMARY KEY, email TEXT NOT NULL, fullname TEXT);
CREATE TABLE IF NOT EXISTS posts (id INTEGER PRIMARY KEY, user_id INTEGER REFERENCES users (id), title TEXT, body TEXT);

ALTER TABLE users RENAME COLUMN fullname TO display_name;
ALTER TABLE users ADD COLUMN last_seen_at TEXT;

CREATE UNIQUE INDEX IF NOT EXISTS users_email_nocase_idx ON users (email COLLATE NOCASE);
CREATE INDEX IF NOT EXISTS posts_title_lower_idx ON posts (lower(title));

INSERT OR IGNORE INTO users (id, email, display_name) VALUES (1, 'ada@example.com', 'Ada');
REPLACE INTO users (id, email, display_name) VALUES (2, 'linus@example.com', 'Linus');

CREATE VIEW IF NOT EXISTS v_user_posts AS
SELECT u.display_name, count(p.id) AS posts
FROM users u LEFT JOIN posts p ON p.user_id = u.id
GROUP BY u.id;

PRAGMA user_version = 7
