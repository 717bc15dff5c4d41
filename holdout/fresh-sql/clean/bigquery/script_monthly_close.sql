-- Month-end revenue close: BigQuery scripting with DECLARE/SET/IF and a transaction.
-- Note: the rest of the close (FX revaluation) runs in a separate job.
DECLARE close_month DATE DEFAULT DATE_TRUNC(DATE_SUB(CURRENT_DATE(), INTERVAL 1 MONTH), MONTH);
DECLARE already_closed BOOL DEFAULT FALSE;

SET already_closed = (
  SELECT COUNT(*) > 0
  FROM `fin-dw.close.periods`
  WHERE period_month = close_month AND status = 'closed'
);

IF already_closed THEN
  SELECT FORMAT('period %t already closed', close_month) AS message;
ELSE
  BEGIN TRANSACTION;

  INSERT INTO `fin-dw.close.revenue_snapshot` (period_month, entity, revenue_usd)
  SELECT close_month, entity, SUM(amount_usd)
  FROM `fin-dw.ledger.revenue_entries`
  WHERE DATE_TRUNC(posting_date, MONTH) = close_month
  GROUP BY entity;

  UPDATE `fin-dw.close.periods`
  SET status = 'closed', closed_at = CURRENT_TIMESTAMP()
  WHERE period_month = close_month;

  COMMIT TRANSACTION;
END IF;
