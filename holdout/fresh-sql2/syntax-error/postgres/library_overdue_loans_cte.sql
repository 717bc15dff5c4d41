CREATE TEMP TABLE loans (
    loan_id    int PRIMARY KEY,
    member_id  int NOT NULL,
    book_id    int NOT NULL,
    due_on     date NOT NULL,
    returned_on date
);

WITH overdue AS (
    SELCT member_id,
           count(*)                    AS books_out,
           max(current_date - due_on)  AS worst_days
    FROM loans
    WHERE returned_on IS NULL
      AND due_on < current_date
    GROUP BY member_id
)
SELECT member_id,
       books_out,
       worst_days,
       books_out * 0.25 * worst_days AS fine_estimate
FROM overdue
ORDER BY fine_estimate DESC;
