CREATE TABLE books (
    id        INTEGER PRIMARY KEY,
    isbn      TEXT UNIQUE,
    title     TEXT NOT NULL,
    author    TEXT NOT NULL,
    /* ... */
);

CREATE TABLE reading_log (
    book_id   INTEGER NOT NULL REFERENCES books(id),
    read_on   TEXT NOT NULL,
    pages     INTEGER NOT NULL
);

SELECT b.title, sum(r.pages) AS pages_read
FROM books b JOIN reading_log r ON r.book_id = b.id
GROUP BY b.id;
