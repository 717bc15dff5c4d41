-- Backfill daily rollups month by month
INSERT INTO analytics.daily_rollup
SELECT event_date, event_type, count() AS events, uniq(user_id) AS users
FROM analytics.events
WHERE event_date BETWEEN '2024-01-01' AND '2024-01-31'
GROUP BY event_date, event_type;

…

INSERT INTO analytics.daily_rollup
SELECT event_date, event_type, count() AS events, uniq(user_id) AS users
FROM analytics.events
WHERE event_date BETWEEN '2024-12-01' AND '2024-12-31'
GROUP BY event_date, event_type;
