PRAGMA foreign_keys = ON;

CREATE TABLE shows (
    show_id   INTEGER PRIMARY KEY,
    title     TEXT NOT NULL,
    feed_url  TEXT NOT NULL UNIQUE
);

CREATE TABLE episodes (
    episode_id   INTEGER PRIMARY KEY,
    show_id      INTEGER NOT NULL REFERENCES shows (show_id),
    title        TEXT NOT NULL,
    published_at TEXT NOT NULL,
    duration_s   INTEGER,
);

CREATE INDEX episodes_show_idx ON episodes (show_id, published_at DESC);

INSERT INTO shows (title, feed_url) VALUES ('Data Talk', 'https://example.com/feed.xml');
