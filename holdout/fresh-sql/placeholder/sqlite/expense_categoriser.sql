-- Categorise imported bank transactions for the personal finance app
CREATE TABLE IF NOT EXISTS transactions (
    id INTEGER PRIMARY KEY,
    booked_on TEXT NOT NULL,
    description TEXT NOT NULL,
    amount_cents INTEGER NOT NULL,
    category TEXT
);

UPDATE transactions
SET category = CASE
    WHEN description LIKE '%TESCO%' OR description LIKE '%LIDL%' THEN 'groceries'
    WHEN description LIKE '%SHELL%' OR description LIKE '%BP %' THEN 'fuel'
    /* other CASE branches unchanged */
    ELSE 'uncategorised'
END
WHERE category IS NULL;
