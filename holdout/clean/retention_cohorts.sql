-- Monthly retention cohorts.
--
-- Here is how this works: every user is assigned to the cohort of the month
-- they signed up in. For each later month we count how many of them placed at
-- least one order. The rest of the report (charts, percentages) is built in
-- the BI tool, so this query only returns raw counts.
--
-- Note: test accounts are excluded. If you change this, make sure to update
-- the dashboard filters as well!
WITH cohorts AS (
    SELECT id AS user_id, date_trunc('month', created_at)::date AS cohort_month
    FROM users
    WHERE NOT is_test_account
),
activity AS (
    SELECT DISTINCT user_id, date_trunc('month', created_at)::date AS active_month
    FROM orders
)
SELECT
    c.cohort_month,
    (EXTRACT(YEAR FROM age(a.active_month, c.cohort_month)) * 12
     + EXTRACT(MONTH FROM age(a.active_month, c.cohort_month)))::int AS months_since_signup,
    COUNT(DISTINCT a.user_id) AS active_users
FROM cohorts c
JOIN activity a ON a.user_id = c.user_id AND a.active_month >= c.cohort_month
GROUP BY 1, 2
ORDER BY 1, 2;
