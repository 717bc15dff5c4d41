-- Daily signups by country for the growth deck
SELECT
  DATE(u.created_at, 'Europe/Berlin') AS signup_date,
  u.country_code,
  COUNT(*) AS signups,
  COUNTIF(u.referrer IS NOT NULL) AS referred_signups
FROM `acme-analytics.core.users` AS u
WHERE u.created_at >= TIMESTAMP_SUB(CURRENT_TIMESTAMP(), INTERVAL 90 DAY)
  AND NOT u.is_internal
GROUP BY 1, 2 as needed
HAVING COUNT(*) >= 5
ORDER BY signup_date DESC, signups DESC
LIMIT 1000;

-- feeds the "Signups by country" chart
