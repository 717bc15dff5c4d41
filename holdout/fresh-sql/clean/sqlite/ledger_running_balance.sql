-- Household ledger: running balance per account with window functions and a CTE.
CREATE TABLE accounts (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
CREATE TABLE entries (
    id          INTEGER PRIMARY KEY,
    account_id  INTEGER NOT NULL REFERENCES accounts(id),
    booked_on   TEXT    NOT NULL,
    amount      INTEGER NOT NULL,   -- cents; negative = outflow
    memo        TEXT
);

INSERT INTO accounts (name) VALUES ('checking'), ('savings');
INSERT INTO entries (account_id, booked_on, amount, memo) VALUES
    (1, '2026-11-01', 250000, 'salary'),
    (1, '2026-11-03', -120000, 'rent'),
    (2, '2026-11-03', 50000, 'same as every month'),
    (1, '2026-11-03', -50000, 'transfer to savings');

WITH ordered AS (
    SELECT e.*,
           SUM(amount) OVER (PARTITION BY account_id ORDER BY booked_on, id
                             ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS balance
    FROM entries e
)
SELECT a.name, o.booked_on, o.memo, o.amount / 100.0 AS amount, o.balance / 100.0 AS balance
FROM ordered o
JOIN accounts a ON a.id = o.account_id
ORDER BY a.name, o.booked_on, o.id;
