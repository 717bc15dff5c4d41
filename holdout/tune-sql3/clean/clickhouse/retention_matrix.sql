-- Weekly retention; TODO(analytics): move to a materialized view once stable.
WITH
    toMonday(f.first_seen) AS cohort_week,
    firsts AS (
        SELECT user_id, min(event_date) AS first_seen
        FROM analytics.events_raw
        GROUP BY user_id
    )
SELECT
    cohort_week,
    dateDiff('week', cohort_week, toMonday(e.event_date)) AS week_n,
    uniqExact(e.user_id) AS active_users
FROM analytics.events_raw AS e
INNER JOIN firsts AS f USING (user_id)
WHERE e.event_date >= today() - 7 * 12
GROUP BY cohort_week, week_n
ORDER BY cohort_week, week_n
SETTINGS max_threads = 8, join_algorithm = 'hash';
