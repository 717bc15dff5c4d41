-- BigQuery script. Note: DECLAREs must come first in the script.
DECLARE run_date DATE DEFAULT DATE_SUB(CURRENT_DATE('UTC'), INTERVAL 1 DAY);
DECLARE tables_done ARRAY<STRING> DEFAULT [];
DECLARE rows_written INT64 DEFAULT 0;

FOR t IN (
  SELECT table_name
  FROM `acme-prod.sales.INFORMATION_SCHEMA.TABLES`
  WHERE table_name LIKE 'orders_%'
)
DO
  EXECUTE IMMEDIATE FORMAT("""
    INSERT INTO `acme-prod.reporting.rollup` (run_date, source_table, row_count)
    SELECT @d, '%s', COUNT(*) FROM `acme-prod.sales.%s`
  """, t.table_name, t.table_name)
  USING run_date AS d;
  SET rows_written = rows_written + @@row_count;
  SET tables_done = ARRAY_CONCAT(tables_done, [t.table_name]);
END FOR;

IF rows_written = 0 THEN
  RAISE USING MESSAGE = FORMAT('No rows written for %t', run_date);
END IF;

BEGIN
  CALL `acme-prod.reporting.refresh_views`(run_date);
EXCEPTION WHEN ERROR THEN
  -- the rest of the job still counts as a success; log and carry on
  SELECT @@error.message AS refresh_error;
END;

SELECT run_date, rows_written, ARRAY_LENGTH(tables_done) AS tables_processed;
