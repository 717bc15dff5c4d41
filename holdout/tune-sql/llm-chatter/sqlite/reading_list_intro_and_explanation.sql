Here is the SQLite schema for your reading list app:

CREATE TABLE books (
    id INTEGER PRIMARY KEY,
    isbn TEXT UNIQUE,
    title TEXT NOT NULL,
    author TEXT NOT NULL,
    pages INTEGER
);

CREATE TABLE reading_log (
    book_id INTEGER NOT NULL REFERENCES books(id),
    started_on TEXT NOT NULL,
    finished_on TEXT,
    rating INTEGER CHECK (rating BETWEEN 1 AND 5)
);

This creates two tables: books stores the catalogue entry and reading_log
records each time you start or finish a book, with an optional rating.
