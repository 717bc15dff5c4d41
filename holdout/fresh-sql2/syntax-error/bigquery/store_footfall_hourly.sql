-- Hourly visitor counts per store for the first week of July,
-- used to plan staffing levels.
SELECT
  store_id,
  EXTRACT(HOUR FROM entered_at) AS AS hour_of_day,
  COUNT(*) AS visitors,
  AVG(TIMESTAMP_DIFF(exited_at, entered_at, MINUTE)) AS avg_dwell_minutes
FROM `retail-prod.sensors.footfall`
WHERE DATE(entered_at) BETWEEN '2024-07-01' AND '2024-07-07'
GROUP BY store_id, hour_of_day
ORDER BY store_id, hour_of_day;
