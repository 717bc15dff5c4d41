-- Here is the local schema for the notes app (sync columns unchanged).
PRAGMA foreign_keys = ON;

CREATE TABLE notebooks (
    id         INTEGER PRIMARY KEY,
    title      TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL DEFAULT (datetime('now'))
) STRICT;

CREATE TABLE notes (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    notebook_id INTEGER NOT NULL REFERENCES notebooks(id) ON DELETE CASCADE,
    body        TEXT NOT NULL DEFAULT '',
    tags        TEXT CHECK (tags IS NULL OR json_valid(tags)),
    updated_at  TEXT NOT NULL DEFAULT (datetime('now'))
);

CREATE TRIGGER notes_touch AFTER UPDATE OF body ON notes
BEGIN
    UPDATE notes SET updated_at = datetime('now') WHERE id = NEW.id;
END;

INSERT INTO notebooks (title) VALUES ('Inbox'), ('Work');
INSERT INTO notes (notebook_id, body, tags)
VALUES (1, 'TODO: rest of the grocery list ...', '["home"]'),
       (2, 'Note: standup moved -- see calendar', NULL);

INSERT INTO notebooks (id, title) VALUES (2, 'Work & Projects')
ON CONFLICT (id) DO UPDATE SET title = excluded.title;

SELECT n.id, nb.title, n.body, json_extract(n.tags, '$[0]') AS first_tag
FROM notes n JOIN notebooks nb ON nb.id = n.notebook_id
ORDER BY n.id;
