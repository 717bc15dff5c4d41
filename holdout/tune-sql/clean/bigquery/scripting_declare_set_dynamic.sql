-- Rebuild yesterday's partition. Note: other partitions are left unchanged.
DECLARE run_date DATE DEFAULT DATE_SUB(CURRENT_DATE('America/New_York'), INTERVAL 1 DAY);
DECLARE tables_to_check ARRAY<STRING> DEFAULT ['orders', 'refunds', 'payouts'];
DECLARE row_count INT64;

BEGIN TRANSACTION;

DELETE FROM `acme-prod.finance.daily_ledger` WHERE ledger_date = run_date;

INSERT INTO `acme-prod.finance.daily_ledger` (ledger_date, source, amount)
SELECT run_date, 'orders', SUM(total) FROM `acme-prod.sales.orders` WHERE DATE(order_ts) = run_date
UNION ALL
SELECT run_date, 'refunds', -SUM(amount) FROM `acme-prod.sales.refunds` WHERE DATE(refunded_at) = run_date;

COMMIT TRANSACTION;

SET row_count = (SELECT COUNT(*) FROM `acme-prod.finance.daily_ledger` WHERE ledger_date = run_date);

IF row_count = 0 THEN
  RAISE USING MESSAGE = FORMAT('No ledger rows for %t', run_date);
END IF;

FOR t IN (SELECT name FROM UNNEST(tables_to_check) AS name) DO
  EXECUTE IMMEDIATE FORMAT("""
    SELECT '%s' AS tbl, COUNT(*) AS n FROM `acme-prod.sales.%s`
  """, t.name, t.name);
END FOR;
