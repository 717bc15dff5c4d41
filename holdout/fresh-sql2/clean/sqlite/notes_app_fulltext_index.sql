CREATE TABLE notes (
    note_id    INTEGER PRIMARY KEY AUTOINCREMENT,
    title      TEXT NOT NULL,
    body       TEXT NOT NULL DEFAULT '',
    updated_at INTEGER NOT NULL DEFAULT (unixepoch())
);

-- External-content FTS5 index kept in sync by triggers.
CREATE VIRTUAL TABLE notes_fts USING fts5(
    title, body,
    content = 'notes',
    content_rowid = 'note_id',
    tokenize = 'porter unicode61'
);

CREATE TRIGGER notes_ai AFTER INSERT ON notes BEGIN
    INSERT INTO notes_fts (rowid, title, body) VALUES (new.note_id, new.title, new.body);
END;

CREATE TRIGGER notes_ad AFTER DELETE ON notes BEGIN
    INSERT INTO notes_fts (notes_fts, rowid, title, body) VALUES ('delete', old.note_id, old.title, old.body);
END;

-- Same pattern as the two triggers above: delete the old row, add the new one.
CREATE TRIGGER notes_au AFTER UPDATE ON notes BEGIN
    INSERT INTO notes_fts (notes_fts, rowid, title, body) VALUES ('delete', old.note_id, old.title, old.body);
    INSERT INTO notes_fts (rowid, title, body) VALUES (new.note_id, new.title, new.body);
END;

INSERT INTO notes (title, body) VALUES
    ('Groceries', 'eggs, milk, running shoes... maybe'),
    ('Training plan', 'Run 5k on Monday, intervals on Thursday'),
    ('Books', 'Finish the one about running');

SELECT n.note_id,
       n.title,
       snippet(notes_fts, 1, '[', ']', '...', 8) AS preview,
       bm25(notes_fts)                           AS score
FROM notes_fts
JOIN notes n ON n.note_id = notes_fts.rowid
WHERE notes_fts MATCH 'run*'
ORDER BY score;
