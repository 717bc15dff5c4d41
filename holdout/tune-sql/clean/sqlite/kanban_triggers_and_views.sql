PRAGMA foreign_keys = ON;

CREATE TABLE boards (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
CREATE TABLE cards (
    id INTEGER PRIMARY KEY,
    board_id INTEGER NOT NULL REFERENCES boards(id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    column_name TEXT NOT NULL DEFAULT 'TODO'
        CHECK (column_name IN ('TODO', 'DOING', 'DONE')),
    moved_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE TABLE card_moves (
    card_id INTEGER NOT NULL,
    from_col TEXT,
    to_col TEXT NOT NULL,
    moved_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- Columns are TODO/DOING/DONE; a move to the same column is left unchanged.
CREATE TRIGGER cards_track_move
AFTER UPDATE OF column_name ON cards
WHEN OLD.column_name <> NEW.column_name
BEGIN
    INSERT INTO card_moves (card_id, from_col, to_col)
    VALUES (NEW.id, OLD.column_name, NEW.column_name);
    UPDATE cards SET moved_at = CURRENT_TIMESTAMP WHERE id = NEW.id;
END;

CREATE VIEW board_summary AS
SELECT b.name,
       sum(c.column_name = 'TODO') AS todo,
       sum(c.column_name = 'DOING') AS doing,
       sum(c.column_name = 'DONE') AS done
FROM boards b
LEFT JOIN cards c ON c.board_id = b.id
GROUP BY b.id;

INSERT INTO boards (name) VALUES ('Website relaunch');
INSERT INTO cards (board_id, title) VALUES (1, 'Pick fonts'), (1, 'Write copy');
UPDATE cards SET column_name = 'DOING' WHERE title = 'Pick fonts';
SELECT * FROM board_summary;
