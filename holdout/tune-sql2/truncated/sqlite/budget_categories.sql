CREATE TABLE budgets (
    month    TEXT NOT NULL,
    category TEXT NOT NULL,
    limit_amount REAL NOT NULL,
    PRIMARY KEY (month, category)
);

INSERT INTO budgets VALUES ('2026-12', 'food', 450), ('2026-12', 'travel', 200);

UPDATE budgets SET limit_amount = limit_amount * 1.05 WHERE category = 'food';

SELECT month, category, limit_amount
FROM budgets
WHERE
