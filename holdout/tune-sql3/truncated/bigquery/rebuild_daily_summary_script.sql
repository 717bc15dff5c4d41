DECLARE run_date DATE DEFAULT DATE_SUB(CURRENT_DATE(), INTERVAL 1 DAY);
DECLARE row_count INT64;

BEGIN
  DELETE FROM `acme-prod.reporting.daily_summary` WHERE summary_date = run_date;

  INSERT INTO `acme-prod.reporting.daily_summary` (summary_date, orders, revenue)
  SELECT run_date, COUNT(*), SUM(total)
  FROM `acme-prod.sales.orders`
  WHERE DATE(order_ts) = run_date;

  SET row_count = @@row_count;
EXCEPTION WHEN ERROR THEN
  INSERT INTO `acme-prod.ops.job_errors` (job, message, failed_at)
  VALUES ('daily_summary',
