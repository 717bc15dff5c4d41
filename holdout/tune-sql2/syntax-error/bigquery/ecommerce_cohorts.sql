-- Monthly retention cohorts for the web shop.
WITH first_orders AS (
  SELECT customer_id, DATE_TRUNC(MIN(DATE(created_at)), MONTH) AS cohort_month
  FROM `acme-shop.sales.orders`
  GROUP BY customer_id
),
activity AS (
  SELECT DISTINCT customer_id, DATE_TRUNC(DATE(created_at), MONTH) AS active_month
  FROM `acme-shop.sales.orders`
)
SELECT
  f.cohort_month,
  DATE_DIFF(a.active_month, f.cohort_month, MONTH) AS months_since_first,
  COUNT(DISTINCT a.customer_id) AS active_customers
FROM first_orders AS f
JOIN activity AS a
WHERE a.active_month >= f.cohort_month
GROUP BY 1, 2
ORDER BY 1, 2;
