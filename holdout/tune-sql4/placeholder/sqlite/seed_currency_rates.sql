-- Currency rates for the offline mode
CREATE TABLE rates (
    base   TEXT NOT NULL,
    quote  TEXT NOT NULL,
    rate   REAL NOT NULL,
    as_of  TEXT NOT NULL,
    PRIMARY KEY (base, quote)
) WITHOUT ROWID;

INSERT INTO rates (base, quote, rate, as_of) VALUES
    ('EUR', 'USD', 1.0842, '2024-10-01'),
    ('EUR', 'GBP', 0.8531, '2024-10-01')
    /* remaining seed rows omitted */
;

SELECT quote, rate FROM rates WHERE base = 'EUR';
