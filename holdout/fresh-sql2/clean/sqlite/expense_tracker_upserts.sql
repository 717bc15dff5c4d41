CREATE TABLE categories (
    category_id INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE
);

CREATE TABLE budgets (
    category_id INTEGER NOT NULL REFERENCES categories,
    month       TEXT    NOT NULL,
    limit_cents INTEGER NOT NULL,
    spent_cents INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (category_id, month)
);

CREATE TABLE expenses (
    expense_id  INTEGER PRIMARY KEY,
    category_id INTEGER NOT NULL REFERENCES categories,
    spent_on    TEXT    NOT NULL,
    cents       INTEGER NOT NULL
);

INSERT OR IGNORE INTO categories (name) VALUES ('food'), ('transport'), ('fun');

INSERT INTO budgets (category_id, month, limit_cents) VALUES (1, '2024-05', 40000)
ON CONFLICT (category_id, month) DO UPDATE SET limit_cents = excluded.limit_cents;

INSERT INTO budgets (category_id, month, limit_cents) VALUES (1, '2024-05', 45000), (2, '2024-05', 10000)
ON CONFLICT (category_id, month) DO UPDATE SET limit_cents = excluded.limit_cents
RETURNING category_id, month, limit_cents;

INSERT INTO expenses (category_id, spent_on, cents) VALUES
    (1, '2024-05-02', 2350), (1, '2024-05-09', 8120), (2, '2024-05-10', 290);

-- UPDATE ... FROM (SQLite 3.33+)
UPDATE budgets
SET spent_cents = agg.total
FROM (
    SELECT category_id, strftime('%Y-%m', spent_on) AS month, sum(cents) AS total
    FROM expenses
    GROUP BY 1, 2
) AS agg
WHERE budgets.category_id = agg.category_id
  AND budgets.month = agg.month;

SELECT c.name, b.month, b.limit_cents, b.spent_cents,
       iif(b.spent_cents > b.limit_cents, 'over', 'ok') AS state
FROM budgets b JOIN categories c USING (category_id);
