CREATE TABLE authors (
    id          SERIAL PRIMARY KEY,
    name        TEXT NOT NULL,
    bio         TEXT
);

CREATE TABLE books (
    id          SERIAL PRIMARY KEY,
    author_id   INTEGER NOT NULL REFERENCES authors (id),
    title       TEXT NOT NULL,
    isbn        CHAR(13) UNIQUE,
    published   DATE
);

...

CREATE TABLE loans (
    id          SERIAL PRIMARY KEY,
    book_id     INTEGER NOT NULL REFERENCES books (id),
    member_id   INTEGER NOT NULL REFERENCES members (id),
    due_on      DATE NOT NULL,
    returned_at TIMESTAMPTZ
);
