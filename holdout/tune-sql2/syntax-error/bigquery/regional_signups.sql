DECLARE since DATE DEFAULT DATE_SUB(CURRENT_DATE(), INTERVAL 28 DAY);

CREATE TEMP TABLE signups AS
SELECT user_id, country, plan, DATE(created_at) AS signup_date
FROM `acme-saas.core.users`
WHERE DATE(created_at) >= since;

SELECT
  country,
  COUNTIF(plan = 'free') AS free_signups,
  COUNTIF(plan != 'free') AS paid_signups
FROM signups
WHERE country == 'DE' OR country = 'AT' OR country = 'CH'
GROUP BY country
ORDER BY paid_signups DESC;

SELECT plan, COUNT(*) AS n
FROM signups
GROUP BY plan;
