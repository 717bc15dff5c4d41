-- Backfill the daily ledger snapshot one day at a time.
DECLARE d DATE DEFAULT DATE '2026-11-01';
DECLARE stop_at DATE DEFAULT CURRENT_DATE();
DECLARE n INT64 DEFAULT 0;

WHILE d < stop_at DO
  BEGIN
    -- Here is the per-day step; the rest of the loop is unchanged from the prototype.
    EXECUTE IMMEDIATE FORMAT("""
      DELETE FROM `acme-fin.ledger.daily_snapshot` WHERE snapshot_date = '%t'
    """, d);

    INSERT INTO `acme-fin.ledger.daily_snapshot` (snapshot_date, account_id, balance)
    SELECT d, account_id, SUM(amount)
    FROM `acme-fin.ledger.entries`
    WHERE DATE(posted_at) <= d
    GROUP BY account_id;

    SET n = n + @@row_count;
  EXCEPTION WHEN ERROR THEN
    SELECT FORMAT('skipped %t: %s', d, @@error.message) AS warning;
  END;
  SET d = DATE_ADD(d, INTERVAL 1 DAY);
END WHILE;

SELECT n AS rows_written, 'TODO: ... compare with finance export' AS note;
