PRAGMA foreign_keys = ON;

CREATE TABLE folders (
    id INTEGER PRIMARY KEY,
    parent_id INTEGER REFERENCES folders(id) ON DELETE CASCADE,
    name TEXT NOT NULL
);

CREATE TABLE bookmarks (
    id INTEGER PRIMARY KEY,
    folder_id INTEGER REFERENCES folders(id) ON DELETE SET NULL,
    url TEXT NOT NULL UNIQUE,
    title TEXT,
    added_at INTEGER NOT NULL DEFAULT (unixepoch())
);

-- ... tags, bookmark_tags and visit tables unchanged from v3 ...

CREATE INDEX idx_bookmarks_folder ON bookmarks(folder_id);
