DECLARE start_date DATE DEFAULT DATE '2026-11-01';
DECLARE end_date DATE DEFAULT DATE '2026-11-30';
DECLARE d DATE;

SET d = start_date;

WHILE d <= end_date DO
  DELETE FROM `acme-prod.reporting.daily_kpis` WHERE kpi_date = d;

  INSERT INTO `acme-prod.reporting.daily_kpis` (kpi_date, signups, active_users)
  SELECT d,
         COUNTIF(DATE(created_at) = d),
         COUNT(DISTINCT IF(DATE(last_seen_at) = d, user_id, NULL))
  FROM `acme-prod.core.users`;

  SET d = DATE_ADD(d, INTERVAL 1 DAY);
END WHILE;

UPDATE `acme-prod.ops.backfill_runs`
SET finished_at = CURRENT_TIMESTAMP(),
    status = 'done'
WHERE job_name = 'daily_kpis' AND run_date =
