Here's a simple SQLite schema for tracking your reading list, along with a query to see your progress:

CREATE TABLE books (
    book_id    INTEGER PRIMARY KEY,
    title      TEXT NOT NULL,
    author     TEXT NOT NULL,
    pages      INTEGER NOT NULL,
    pages_read INTEGER NOT NULL DEFAULT 0
);

SELECT title,
       author,
       round(100.0 * pages_read / pages, 1) AS pct_done
FROM books
ORDER BY pct_done DESC;

Explanation:
1. `pages_read` defaults to 0 so new books start unread.
2. Multiplying by 100.0 forces floating-point division in SQLite.

Would you like me to add a table for reading sessions so you can track pages per day?
