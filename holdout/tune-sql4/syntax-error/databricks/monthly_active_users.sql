-- Monthly active users by platform
CREATE OR REPLACE TABLE main.analytics.mau
USING DELTA
AS
SELECT
  date_trunc('MONTH', event_ts) AS month
  count(DISTINCT user_id) AS mau,
  platform
FROM main.raw.app_events
WHERE event_ts >= add_months(current_date(), -12)
GROUP BY date_trunc('MONTH', event_ts), platform;

OPTIMIZE main.analytics.mau;
