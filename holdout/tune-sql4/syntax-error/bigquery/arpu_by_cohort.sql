-- Average revenue per user by signup cohort month
SELECT
  FORMAT_DATE('%Y-%m', cohort_date) AS cohort_month,
  COUNT(DISTINCT user_id) AS users,
  SUM(revenue) AS revenue,
  ROUND(SAFE_DIVIDE(SUM(revenue), COUNT(DISTINCT user_id), 2) AS arpu
FROM (
  SELECT u.user_id, DATE(u.created_at) AS cohort_date, IFNULL(SUM(o.amount), 0) AS revenue
  FROM `acme-analytics.core.users` AS u
  LEFT JOIN `acme-analytics.marts.fct_orders` AS o USING (user_id)
  GROUP BY u.user_id, cohort_date
)
GROUP BY cohort_month
ORDER BY cohort_month;
