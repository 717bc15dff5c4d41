-- Import the reading list from the old app
CREATE TABLE IF NOT EXISTS books (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    author TEXT,
    status TEXT NOT NULL DEFAULT 'to_read'
);

INSERT INTO books (title, author, status) VALUES
    ('The Pragmatic Programmer', 'Hunt & Thomas', 'read'),
    ('Designing Data-Intensive Applications', 'Kleppmann', 'reading'),
    ('Crafting Interpreters', 'Nystrom, 'to_read');

UPDATE books SET status = 'read' WHERE title LIKE 'The Pragmatic%';

SELECT status, COUNT(*) FROM books GROUP BY status;
