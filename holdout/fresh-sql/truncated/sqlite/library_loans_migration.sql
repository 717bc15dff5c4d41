-- v7: library loans get due dates and renewals
PRAGMA foreign_keys = ON;

CREATE TABLE members (
    id INTEGER PRIMARY KEY,
    card_no TEXT NOT NULL UNIQUE,
    full_name TEXT NOT NULL
);

CREATE TABLE loans (
    id INTEGER PRIMARY KEY,
    member_id INTEGER NOT NULL REFERENCES members(id),
    isbn TEXT NOT NULL,
    loaned_on TEXT NOT NULL
);

ALTER TABLE loans ADD COLUMN due_on TEXT;
ALTER TABLE loans ADD COLUMN renewals INTEGER NOT NULL DEFAULT 0;

UPDATE loans SET due_on = date(loaned_on, '+21 days') WHERE due_on IS NULL;

CREATE INDEX loans_due_idx ON loans (due_on);

CREATE VIEW overdue_loans AS
SELECT l.id, m.card_no, l.isbn, l.due_on
FROM loans l
JOIN members m ON m.id = l.member_id
WHERE l.due_on < date('now') AND
