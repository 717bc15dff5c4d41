CREATE TABLE loans (
    loan_id     INTEGER PRIMARY KEY,
    member_id   INTEGER NOT NULL,
    due_on      TEXT NOT NULL,
    returned_on TEXT
);

CREATE TABLE fees (
    loan_id  INTEGER PRIMARY KEY REFERENCES loans,
    cents    INTEGER NOT NULL
);

CREATE TRIGGER loans_late_fee
AFTER UPDATE OF returned_on ON loans
WHEN NEW.returned_on IS NOT NULL AND NEW.returned_on > NEW.due_on
BEGIN
    INSERT INTO fees (loan_id, cents)
    VALUES (NEW.loan_id,
            CAST(julianday(NEW.returned_on) - julianday(NEW.due_on) AS INTEGER) * 25)
    ON CONFLICT (loan_id) DO UPDATE SET cents = excluded.cents;
