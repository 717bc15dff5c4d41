-- Accounts with overdue balances
SELECT
    a.account_id,
    a.account_name,
    b.balance_due,
    b.oldest_due_date
FROM accounts a
JOIN account_balances b ON b.account_id = a.account_id
WHERE b.balance_due > 0
  AND b.oldest_due_date < TRUNC(SYSDATE) - 30
  AND ...
ORDER BY b.balance_due DESC
FETCH FIRST 50 ROWS ONLY;
