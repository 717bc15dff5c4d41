-- Bookmarks database for the browser extension
PRAGMA journal_mode = WAL;

CREATE TABLE IF NOT EXISTS folders (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    parent_id INTEGER REFERENCES folders (id)
);

CREATE TABLE IF NOT EXISTS bookmarks (
    id INTEGER PRIMARY KEY,
    folder_id INTEGER REFERENCES folders (id),
    url TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('active', 'arch