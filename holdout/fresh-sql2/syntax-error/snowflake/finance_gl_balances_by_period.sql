SELECT gl.account_code,
       a.account_name,
       gl.fiscal_period,
       SUM(gl.debit)  AS debits,
       SUM(gl.credit) AS credits,
       SUM(gl.debit - gl.credit) AS net_movement
FROM finance.general_ledger AS gl
JOIN finance.accounts AS a
  ON a.account_code = gl.account_code
WHERE gl.fiscal_year = 2024
GROUP BY BY gl.account_code, a.account_name, gl.fiscal_period
ORDER BY gl.account_code, gl.fiscal_period;
