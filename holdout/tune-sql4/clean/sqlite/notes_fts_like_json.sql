CREATE TABLE notes (
    id       INTEGER PRIMARY KEY,
    body     TEXT NOT NULL,
    meta     TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(meta))
);

CREATE INDEX ix_notes_author ON notes (json_extract(meta, '$.author'));

CREATE TRIGGER trg_notes_no_empty
BEFORE INSERT ON notes
WHEN trim(NEW.body) = ''
BEGIN
    SELECT RAISE(ABORT, 'empty note');
END;

INSERT INTO notes (body, meta) VALUES
    ('Unchanged since last sprint', '{"author": "ana", "tags": ["sprint", "todo"]}'),
    ('Here is the plan ...', '{"author": "ben", "tags": ["plan"]}');

CREATE VIEW v_note_tags AS
SELECT n.id, n.meta ->> '$.author' AS author, t.value AS tag
FROM notes n, json_each(n.meta, '$.tags') t;

SELECT author, json_group_array(tag) AS tags FROM v_note_tags GROUP BY author;