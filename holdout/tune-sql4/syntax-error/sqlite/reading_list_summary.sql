-- Reading list summary per shelf
CREATE TABLE books (
    id        INTEGER PRIMARY KEY,
    title     TEXT NOT NULL,
    shelf     TEXT NOT NULL,
    pages     INTEGER,
    finished  INTEGER NOT NULL DEFAULT 0
);

INSERT INTO books (title, shelf, pages, finished) VALUES
    ('Designing Data-Intensive Applications', 'tech', 616, 1),
    ('The Pragmatic Programmer', 'tech', 352, 0),
    ('Dune', 'fiction', 896, 1);

SELECT
    shelf,
    count(*) AS ,
    sum(pages) AS total_pages,
    sum(finished) AS finished
FROM books
GROUP BY shelf;
