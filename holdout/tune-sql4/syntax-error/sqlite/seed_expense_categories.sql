-- Expense categories for the budgeting app
CREATE TABLE categories (
    id        INTEGER PRIMARY KEY,
    code      TEXT NOT NULL UNIQUE,
    label     TEXT NOT NULL,
    is_active INTEGER NOT NULL DEFAULT 1
);

INSERT INTO categories (id, code, label, is_active) VALUES
    (1, 'rent', 'Rent', 1),
    (2, 'groceries', 'Groceries', 1),
    (3, 'travel',
    (4, 'eating_out', 'Eating out', 1),
    (5, 'misc', 'Miscellaneous', 0);

CREATE INDEX ix_categories_active ON categories (is_active);

SELECT code, label FROM categories WHERE is_active = 1 ORDER BY id;
