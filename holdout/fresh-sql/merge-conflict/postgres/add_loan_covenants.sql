-- Loan covenant tracking
CREATE TABLE finance.loan_covenants (
    covenant_id   serial PRIMARY KEY,
    loan_id       bigint NOT NULL REFERENCES finance.loans (loan_id),
    metric        text   NOT NULL,
<<<<<<< HEAD
    threshold     numeric(14,2) NOT NULL,
    comparator    char(2) NOT NULL CHECK (comparator IN ('<=', '>=')),
=======
    min_value     numeric(14,2),
    max_value     numeric(14,2),
>>>>>>> feature/covenant-ranges
    tested_on     date,
    breached      boolean NOT NULL DEFAULT false
);

CREATE INDEX loan_covenants_loan_idx ON finance.loan_covenants (loan_id);
