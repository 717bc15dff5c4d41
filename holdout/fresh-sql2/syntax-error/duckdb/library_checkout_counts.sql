CREATE TABLE checkouts (
    branch      VARCHAR,
    isbn        VARCHAR,
    checked_out DATE
);

INSERT INTO checkouts VALUES
    ('central', '978-0132350884', DATE '2024-01-03'),
    ('central', '978-0201633610', DATE '2024-01-04'),
    ('east',    '978-0132350884', DATE '2024-02-11');

SELECT branch,
       date_trunc('month', checked_out) AS month,
       count(*) AS loans
FROM checkouts
GROUP BY ALL
WHERE checked_out >= DATE '2024-01-01'
ORDER BY ALL;
