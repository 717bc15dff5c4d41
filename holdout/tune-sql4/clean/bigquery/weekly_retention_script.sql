-- Here is the weekly retention job as a script.
-- Note: @run_date is passed by the scheduler.
DECLARE run_week DATE DEFAULT DATE_TRUNC(@run_date, ISOWEEK);
DECLARE row_count INT64 DEFAULT 0;

BEGIN
  DELETE FROM `acme-analytics.marts.weekly_retention` WHERE cohort_week = run_week;

  INSERT INTO `acme-analytics.marts.weekly_retention` (cohort_week, week_offset, retained_users)
  SELECT
    run_week,
    DATE_DIFF(DATE_TRUNC(DATE(e.event_ts), ISOWEEK), run_week, WEEK) AS week_offset,
    COUNT(DISTINCT e.user_id)
  FROM `acme-analytics.raw.events` AS e
  JOIN `acme-analytics.core.users` AS u USING (user_id)
  WHERE DATE_TRUNC(DATE(u.created_at), ISOWEEK) = run_week
  GROUP BY week_offset;

  SET row_count = @@row_count;

  IF row_count = 0 THEN
    SELECT 'no cohort rows for week' AS warning, run_week;
  ELSEIF row_count > 60 THEN
    -- TODO: alert, more than one year of offsets is suspicious
    SELECT 'unexpected offsets' AS warning, row_count;
  END IF;
EXCEPTION WHEN ERROR THEN
  SELECT @@error.message AS failed_with, @@error.statement_text AS statement;
END;
