-- Device mix per user over the last 28 days
CREATE OR REPLACE TABLE `acme-analytics.marts.user_device_mix` AS
SELECT
  user_id,
  country,
SELECT
  user_id,
  country,
  COUNTIF(device_category = 'mobile')  AS mobile_sessions,
  COUNTIF(device_category = 'desktop') AS desktop_sessions,
  COUNTIF(device_category = 'tablet')  AS tablet_sessions,
  COUNT(*) AS sessions
FROM `acme-analytics.staging.sessions`
WHERE session_date >= DATE_SUB(CURRENT_DATE(), INTERVAL 28 DAY)
GROUP BY user_id, country;

SELECT COUNT(*) AS users FROM `acme-analytics.marts.user_device_mix`;
