### Monthly retention matrix

Here's a BigQuery query that builds a classic cohort retention matrix. Each row is a signup month and each column offset is the number of months since signup.

```sql
WITH firsts AS (
  SELECT user_id, DATE_TRUNC(MIN(DATE(event_ts)), MONTH) AS cohort
  FROM `app-prod.logs.user_events`
  GROUP BY user_id
),
activity AS (
  SELECT DISTINCT user_id, DATE_TRUNC(DATE(event_ts), MONTH) AS month
  FROM `app-prod.logs.user_events`
)
SELECT
  f.cohort,
  DATE_DIFF(a.month, f.cohort, MONTH) AS months_since,
  COUNT(DISTINCT a.user_id) AS active_users
FROM firsts AS f
JOIN activity AS a USING (user_id)
GROUP BY f.cohort, months_since
ORDER BY f.cohort, months_since;
```

You can pivot `months_since` into columns in Looker Studio, or I can write a `PIVOT` version if you prefer the matrix directly in SQL.
