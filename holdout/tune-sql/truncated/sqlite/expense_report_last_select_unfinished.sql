CREATE TABLE IF NOT EXISTS expenses (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    spent_on TEXT NOT NULL,
    category TEXT NOT NULL,
    amount_cents INTEGER NOT NULL,
    note TEXT
);

CREATE INDEX IF NOT EXISTS idx_expenses_spent_on ON expenses(spent_on);

INSERT INTO expenses (spent_on, category, amount_cents, note) VALUES
    ('2026-11-02', 'groceries', 8245, 'weekly shop'),
    ('2026-11-05', 'transport', 2750, 'monthly pass top-up'),
    ('2026-11-09', 'groceries', 6410, NULL);

SELECT strftime('%Y-%m', spent_on) AS month,
       category,
       sum(amount_cents) / 100.0 AS total
FROM expenses
GROUP BY month, category
HAVING total >
