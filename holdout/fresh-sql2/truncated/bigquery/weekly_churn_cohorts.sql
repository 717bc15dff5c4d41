WITH cohorts AS (
  SELECT
    user_id,
    DATE_TRUNC(DATE(first_seen), WEEK) AS cohort_week
  FROM `app-prod.core.users`
),
activity AS (
  SELECT DISTINCT
    user_id,
    DATE_TRUNC(DATE(event_ts), WEEK) AS active_week
  FROM `app-prod.logs.user_events`
  WHERE DATE(event_ts) >= DATE_SUB(CURRENT_DATE(), INTERVAL 7 DA