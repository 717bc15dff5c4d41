-- Weekly maintenance for the largest silver tables.
OPTIMIZE finance_silver.ledger_entries
WHERE entry_date >= current_date() - INTERVAL 7 DAYS
ZORDER BY (account_id);

VACUUM finance_silver.ledger_entries RETAIN 168 HOURS;

ANALYZE TABLE finance_silver.ledger_entries COMPUTE STATISTICS FOR ALL COLUMNS;

SELCT account_id, count(*) AS entries, sum(amount) AS balance
FROM finance_silver.ledger_entries
WHERE entry_date >= current_date() - INTERVAL 7 DAYS
GROUP BY account_id
ORDER BY entries DESC
LIMIT 20;
