DECLARE run_date DATE DEFAULT DATE_SUB(CURRENT_DATE(), INTERVAL 1 DAY);
DECLARE tables_done INT64 DEFAULT 0;
DECLARE target_tables ARRAY<STRING> DEFAULT ['daily_sales', 'daily_returns', 'daily_signups'];

FOR t IN (SELECT name FROM UNNEST(target_tables) AS name)
DO
  EXECUTE IMMEDIATE FORMAT('''
    DELETE FROM `shop-prod.mart.%s` WHERE report_date = @d
  ''', t.name)
  USING run_date AS d;

  EXECUTE IMMEDIATE FORMAT('''
    INSERT INTO `shop-prod.mart.%s`
    SELECT * FROM `shop-prod.staging.%s_view` WHERE report_date = @d
  ''', t.name, t.name)
  USING run_date AS d;

  SET tables_done = tables_done + 1;
END FOR;

BEGIN
  IF (SELECT COUNT(*) FROM `shop-prod.mart.daily_sales` WHERE report_date = run_date) = 0 THEN
    RAISE USING MESSAGE = FORMAT('No sales rows for %t', run_date);
  END IF;
EXCEPTION WHEN ERROR THEN
  INSERT INTO `shop-prod.ops.job_log` (job, run_date, message, logged_at)
  VALUES ('daily_mart_rebuild', run_date, @@error.message, CURRENT_TIMESTAMP());
END;

SELECT tables_done AS tables_rebuilt, run_date;
