CREATE TABLE categories (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE
);

CREATE TABLE expenses (
    id          INTEGER PRIMARY KEY,
    category_id INTEGER REFERENCES categories(id),
    spent_on    TEXT NOT NULL CHECK (date(spent_on) IS NOT NULL,
    amount      REAL NOT NULL CHECK (amount > 0),
    note        TEXT
);

INSERT INTO categories (name) VALUES ('groceries'), ('transport'), ('rent');

SELECT c.name, round(sum(e.amount), 2) AS total
FROM expenses e JOIN categories c ON c.id = e.category_id
GROUP BY c.name;
